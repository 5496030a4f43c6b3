# Plugin exporters checked structurally with typing.Protocol and @runtime_checkable
from typing import Iterable, List, Protocol, Sequence, runtime_checkable


@runtime_checkable
class Exporter(Protocol):
    extension: str

    def export(self, rows: Sequence[dict]) -> str:
        ...


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class CsvExporter:
    extension = "csv"

    def export(self, rows: Sequence[dict]) -> str:
        cols = list(rows[0])
        lines = [",".join(cols)] + [",".join(str(r[c]) for c in cols) for r in rows]
        return "\n".join(lines)


class MarkdownExporter:
    extension = "md"

    def export(self, rows: Sequence[dict]) -> str:
        cols = list(rows[0])
        out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        out += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in rows]
        return "\n".join(out)

    def close(self) -> None:
        print("markdown exporter closed")


class BrokenExporter:
    def export(self, rows: Sequence[dict]) -> str:
        return ""


class NotAnExporter:
    extension = "txt"


def run(plugins: Iterable[object], rows: List[dict]) -> None:
    for plugin in plugins:
        name = type(plugin).__name__
        if not isinstance(plugin, Exporter):
            print(f"{name}: does not satisfy Exporter")
            continue
        print(f"== {name} (.{plugin.extension}) ==")
        print(plugin.export(rows))
        if isinstance(plugin, Closable):
            plugin.close()


rows = [{"sku": "A1", "qty": 3}, {"sku": "B2", "qty": 10}]
run([CsvExporter(), MarkdownExporter(), BrokenExporter(), NotAnExporter()], rows)
print("issubclass:", issubclass(MarkdownExporter, Closable), issubclass(NotAnExporter, Closable))
try:
    issubclass(CsvExporter, Exporter)
except TypeError as e:
    print("TypeError:", e)
try:
    Exporter()
except TypeError as e:
    print("TypeError:", e)


class JsonExporter(Exporter):
    extension = "json"

    def export(self, rows: Sequence[dict]) -> str:
        return str(rows)


print("explicit subclass:", JsonExporter().export(rows[:1]), isinstance(JsonExporter(), Exporter))
