# A Generic Result[T] type (Ok/Err) for error handling without exceptions, chained through a parser
from dataclasses import dataclass
from typing import Callable, Generic, List, TypeVar, Union

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, fn: Callable[[T], U]) -> "Result[U]":
        return Ok(fn(self.value))

    def then(self, fn: Callable[[T], "Result[U]"]) -> "Result[U]":
        return fn(self.value)

    def unwrap_or(self, default: T) -> T:
        return self.value


@dataclass(frozen=True)
class Err:
    error: str

    def map(self, fn):
        return self

    def then(self, fn):
        return self

    def unwrap_or(self, default):
        return default


Result = Union[Ok[T], Err]


def parse_int(text: str) -> "Result[int]":
    text = text.strip()
    if text.lstrip("-").isdigit():
        return Ok(int(text))
    return Err(f"not an integer: {text!r}")


def positive(n: int) -> "Result[int]":
    return Ok(n) if n > 0 else Err(f"expected positive, got {n}")


def percent_of(total: int) -> Callable[[int], "Result[float]"]:
    def inner(n: int) -> "Result[float]":
        return Ok(round(100 * n / total, 1)) if n <= total else Err(f"{n} exceeds total {total}")
    return inner


inputs: List[str] = ["42", " 7 ", "-3", "abc", "250", "0"]
for raw in inputs:
    res = parse_int(raw).then(positive).then(percent_of(200)).map(lambda p: f"{p}%")
    match res:
        case Ok(value=v):
            print(f"{raw!r:>7} -> Ok {v}")
        case Err(error=e):
            print(f"{raw!r:>7} -> Err {e}")

values = [parse_int(x).unwrap_or(0) for x in inputs]
print("with defaults:", values, "sum =", sum(values))
oks = [r for r in map(parse_int, inputs) if isinstance(r, Ok)]
print("ok count:", len(oks), oks[:2])
print(Ok(3) == Ok(3), Err("x") == Err("y"))
