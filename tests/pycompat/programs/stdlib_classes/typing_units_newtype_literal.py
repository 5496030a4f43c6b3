# Unit-safe measurement helpers: NewType, Literal, Final, Annotated metadata, overload, cast and assert_never
from dataclasses import dataclass
from typing import (Annotated, Final, Literal, NewType, Union, assert_never, cast, get_args, get_origin,
                    get_type_hints, overload)

Meters = NewType("Meters", float)
Feet = NewType("Feet", float)
Unit = Literal["m", "ft", "cm"]
FEET_PER_METER: Final = 3.28084
MAX_LEN: Final[int] = 10_000


@dataclass
class Segment:
    name: str
    length: Annotated[float, "meters", {"min": 0.0}]
    unit: Unit = "m"


def to_meters(value: float, unit: Unit) -> Meters:
    if unit == "m":
        return Meters(value)
    elif unit == "ft":
        return Meters(value / FEET_PER_METER)
    elif unit == "cm":
        return Meters(value / 100)
    else:
        assert_never(unit)


@overload
def scale(x: int, k: int) -> int: ...
@overload
def scale(x: float, k: float) -> float: ...
def scale(x, k):
    return x * k


def parse_unit(text: str) -> Unit:
    if text not in get_args(Unit):
        raise ValueError(f"unknown unit {text!r}; expected one of {get_args(Unit)}")
    return cast(Unit, text)


segments = [Segment("hall", 12.5), Segment("ramp", 30, "ft"), Segment("step", 18, "cm")]
total = Meters(0.0)
for seg in segments:
    m = to_meters(seg.length, seg.unit)
    total = Meters(total + m)
    print(f"{seg.name:<5} {seg.length:>6} {seg.unit:<2} = {m:.3f} m")
print(f"total: {total:.3f} m = {total * FEET_PER_METER:.2f} ft")
print("newtype:", Meters, Meters.__name__, Meters.__supertype__, type(Meters(2.0)).__name__, Meters(2.0) == 2.0)
print("scale:", scale(3, 4), scale(1.5, 2.0))
for text in ("cm", "yd"):
    try:
        print("parsed:", parse_unit(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    to_meters(1.0, "yd")
except AssertionError as e:
    print("AssertionError:", e)

hints = get_type_hints(Segment, include_extras=True)
length_hint = hints["length"]
print("annotated:", length_hint, get_origin(length_hint) is Annotated, get_args(length_hint))
print("metadata:", length_hint.__metadata__, "plain:", get_type_hints(Segment)["length"])
print("unit hint:", hints["unit"], get_args(hints["unit"]))
print("finals:", MAX_LEN, Final[int], Literal["m"] == Literal["m"], Union[Feet, Meters])
