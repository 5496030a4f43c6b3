# A plugin system built on abc.ABC: abstract methods, a registry via __init_subclass__, and refusal of incomplete plugins.
from abc import ABC, abstractmethod
from typing import Dict, List, Type


class Exporter(ABC):
    registry: Dict[str, Type["Exporter"]] = {}

    def __init_subclass__(cls, fmt: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Exporter.registry[fmt] = cls

    @abstractmethod
    def header(self, columns: List[str]) -> str: ...

    @abstractmethod
    def row(self, values: List[object]) -> str: ...

    def export(self, columns: List[str], rows: List[List[object]]) -> str:
        lines = [self.header(columns)]
        lines.extend(self.row(r) for r in rows)
        return "\n".join(lines)


class CSVExporter(Exporter, fmt="csv"):
    def header(self, columns):
        return ",".join(columns)

    def row(self, values):
        return ",".join(str(v) for v in values)


class MarkdownExporter(Exporter, fmt="md"):
    def header(self, columns):
        return "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns)

    def row(self, values):
        return "| " + " | ".join(str(v) for v in values) + " |"


class HalfDone(Exporter):
    def header(self, columns):
        return "?"


COLUMNS = ["item", "qty", "price"]
ROWS = [["apple", 3, 0.5], ["pear", 1, 0.75]]

for fmt, cls in sorted(Exporter.registry.items()):
    print(f"--- {fmt} ({cls.__name__}) ---")
    print(cls().export(COLUMNS, ROWS))

for cls in (Exporter, HalfDone):
    try:
        cls()
    except TypeError as exc:
        print("refused:", exc)

print("abstract:", sorted(Exporter.__abstractmethods__), sorted(HalfDone.__abstractmethods__), CSVExporter.__abstractmethods__)
print("isinstance:", isinstance(CSVExporter(), Exporter), issubclass(MarkdownExporter, ABC))


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


print(Rect(3, 4.5).describe())
try:
    Shape()
except TypeError as exc:
    print(exc)
