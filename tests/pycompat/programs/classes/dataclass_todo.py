# Todo list manager built from dataclasses with default_factory and ordering
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False)


@dataclass
class TodoList:
    name: str
    tasks: list[Task] = field(default_factory=list)

    def add(self, title: str, priority: int = 3, *tags: str) -> Task:
        task = Task(priority, title, list(tags))
        self.tasks.append(task)
        return task

    def complete(self, title: str) -> None:
        for t in self.tasks:
            if t.title == title:
                t.done = True
                return
        raise LookupError(f"no task named {title!r}")

    def pending(self) -> list[Task]:
        return sorted(t for t in self.tasks if not t.done)


todo = TodoList("Work")
todo.add("Write report", 2, "writing")
todo.add("Fix bug #42", 1, "code", "urgent")
todo.add("Lunch with team", 5)
todo.add("Review PR", 2, "code")
print(todo.tasks[1])
print("Equal priority compare:", todo.tasks[0] == todo.tasks[3])
print("Less than:", todo.tasks[1] < todo.tasks[0])

todo.complete("Write report")
try:
    todo.complete("Nap")
except LookupError as e:
    print("Error:", e)

print("Pending in priority order:")
for t in todo.pending():
    print(f"  [{t.priority}] {t.title} tags={t.tags}")

print(asdict(todo.tasks[0]))
other = TodoList("Home")
print("Separate lists:", other.tasks, len(todo.tasks))
code_tasks = [t.title for t in todo.tasks if "code" in t.tags]
print("Code tasks:", code_tasks)
