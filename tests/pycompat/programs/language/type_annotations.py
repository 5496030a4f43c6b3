# Modern type hints: int | None, list[int], dict[str, int], isinstance with unions
from typing import Optional, Union, Any


def parse_port(value: str | int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, int | str):
        try:
            port = int(value)
        except ValueError:
            return None
        return port if 0 < port < 65536 else None
    return None


def histogram(values: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))


def describe(x: Union[int, float, str, list[Any]]) -> str:
    if isinstance(x, bool):
        return f"bool {x}"
    if isinstance(x, int | float):
        return f"number {x}"
    if isinstance(x, str):
        return f"string of length {len(x)}"
    return f"list with {len(x)} items"


def first_word(text: Optional[str] = None) -> Optional[str]:
    return text.split()[0] if text else None


def merge(a: dict[str, list[int]], b: dict[str, list[int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {k: list(v) for k, v in a.items()}
    for k, v in b.items():
        out.setdefault(k, []).extend(v)
    return out


ports: list[str | int | None] = ["8080", 443, "http", None, 70000, "22"]
print("ports:", [parse_port(p) for p in ports])
print("histogram:", histogram([3, 1, 3, 2, 3, 1]))
for value in (7, 2.5, True, "hello", [1, 2]):
    print(" ", describe(value))
print("first_word:", first_word("hello world"), first_word(""), first_word())
print("merge:", merge({"a": [1], "b": [2]}, {"b": [3], "c": [4]}))
print("annotations:", parse_port.__annotations__)
print("histogram annotations:", histogram.__annotations__)
print("union isinstance:", isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
Number = int | float
print("alias:", Number, isinstance(1.5, Number))
print("generic alias repr:", list[int], dict[str, list[int]], tuple[int, ...])
