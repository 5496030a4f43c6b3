# Text editor with undo/redo implemented with the command pattern
from abc import ABC, abstractmethod


class Command(ABC):
    @abstractmethod
    def do(self, doc: "Document") -> None: ...

    @abstractmethod
    def undo(self, doc: "Document") -> None: ...


class Insert(Command):
    def __init__(self, pos: int, text: str):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos: int, length: int):
        self.pos, self.length = pos, length
        self.removed = ""

    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Document:
    def __init__(self):
        self.text = ""
        self._undo: list[Command] = []
        self._redo: list[Command] = []

    def execute(self, cmd: Command) -> None:
        cmd.do(self)
        self._undo.append(cmd)
        self._redo.clear()

    def undo(self) -> bool:
        if not self._undo:
            return False
        cmd = self._undo.pop()
        cmd.undo(self)
        self._redo.append(cmd)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        cmd = self._redo.pop()
        cmd.do(self)
        self._undo.append(cmd)
        return True


doc = Document()
for cmd in [Insert(0, "Hello world"), Insert(5, ","), Insert(12, "!"), Delete(0, 7), Insert(0, "Goodbye, ")]:
    doc.execute(cmd)
    print(f"{cmd!r:<22} -> {doc.text!r}")
print("undo x2:", doc.undo(), doc.undo(), repr(doc.text))
print("redo:", doc.redo(), repr(doc.text))
doc.execute(Insert(len(doc.text), " :)"))
print("new edit clears redo; redo ->", doc.redo(), repr(doc.text))
undone = sum(1 for _ in iter(doc.undo, False))
print(f"undid {undone} more edits:", repr(doc.text), "| undo on empty:", doc.undo(), "| redo stack:", doc._redo[::-1])
