# Structural typing with typing.Protocol and runtime_checkable for exporters
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class Exporter(Protocol):
    extension: str

    def export(self, rows: list[dict]) -> str: ...


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class CsvExporter:
    extension = "csv"

    def export(self, rows):
        headers = list(rows[0])
        lines = [",".join(headers)]
        lines += [",".join(str(r[h]) for h in headers) for r in rows]
        return "\n".join(lines)


class MarkdownExporter:
    extension = "md"

    def export(self, rows):
        headers = list(rows[0])
        out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        out += ["| " + " | ".join(str(r[h]) for h in headers) + " |" for r in rows]
        return "\n".join(out)

    def close(self):
        print("markdown exporter closed")


class NotAnExporter:
    def dump(self, rows):
        return str(rows)


def export_all(exporters: Iterable[object], rows: list[dict]) -> None:
    for exp in exporters:
        name = type(exp).__name__
        if not isinstance(exp, Exporter):
            print(f"{name}: does not satisfy Exporter protocol")
            continue
        print(f"== {name} (.{exp.extension}) ==")
        print(exp.export(rows))
        if isinstance(exp, Closeable):
            exp.close()


rows = [{"item": "pen", "qty": 3, "price": 1.5}, {"item": "pad", "qty": 1, "price": 4.25}]
export_all([CsvExporter(), MarkdownExporter(), NotAnExporter()], rows)
print("CsvExporter closeable:", isinstance(CsvExporter(), Closeable))
print("issubclass for method-only protocol:", issubclass(MarkdownExporter, Closeable), issubclass(NotAnExporter, Closeable))
