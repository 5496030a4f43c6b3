# A small to-do CLI built on argparse subcommands, driven by a scripted list of argument vectors
import argparse
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Todo:
    id: int
    text: str
    priority: str = "normal"
    done: bool = False
    tags: List[str] = field(default_factory=list)


class TodoApp:
    def __init__(self) -> None:
        self.items: List[Todo] = []
        self.parser = argparse.ArgumentParser(prog="todo", description="manage tasks")
        sub = self.parser.add_subparsers(dest="command", required=True)
        add = sub.add_parser("add", help="add a task")
        add.add_argument("text", nargs="+")
        add.add_argument("-p", "--priority", choices=["low", "normal", "high"], default="normal")
        add.add_argument("-t", "--tag", action="append", default=[])
        done = sub.add_parser("done", help="complete a task")
        done.add_argument("id", type=int)
        ls = sub.add_parser("list", help="list tasks")
        ls.add_argument("--all", action="store_true")
        ls.add_argument("--tag")

    def run(self, argv: List[str]) -> None:
        args = self.parser.parse_args(argv)
        if args.command == "add":
            todo = Todo(len(self.items) + 1, " ".join(args.text), args.priority, tags=args.tag)
            self.items.append(todo)
            print(f"added #{todo.id}: {todo.text} [{todo.priority}] {todo.tags}")
        elif args.command == "done":
            match = self.find(args.id)
            if match is None:
                print(f"no task #{args.id}")
            else:
                match.done = True
                print(f"completed #{match.id}")
        else:
            order = {"high": 0, "normal": 1, "low": 2}
            shown = [t for t in self.items if (args.all or not t.done) and (args.tag is None or args.tag in t.tags)]
            for t in sorted(shown, key=lambda t: (order[t.priority], t.id)):
                print(f"  [{'x' if t.done else ' '}] #{t.id} {t.text} ({t.priority})")

    def find(self, todo_id: int) -> Optional[Todo]:
        return next((t for t in self.items if t.id == todo_id), None)


app = TodoApp()
script = [
    ["add", "buy", "milk", "-t", "errand"],
    ["add", "file", "taxes", "--priority", "high", "-t", "finance", "-t", "urgent"],
    ["add", "water", "plants", "-p", "low"],
    ["done", "1"],
    ["done", "9"],
    ["list"],
    ["list", "--all"],
    ["list", "--tag", "finance"],
]
for argv in script:
    print("$ todo", " ".join(argv))
    app.run(argv)
ns = app.parser.parse_args(["add", "x", "-p", "high"])
print(vars(ns))
