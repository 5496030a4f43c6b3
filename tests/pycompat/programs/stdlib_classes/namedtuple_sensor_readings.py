# Typed NamedTuple records for sensor readings: defaults, methods, _replace/_asdict/_make, sorting and grouping
from typing import Dict, List, NamedTuple, Optional


class Reading(NamedTuple):
    sensor: str
    ts: int
    value: float
    unit: str = "C"

    def to_fahrenheit(self) -> "Reading":
        if self.unit == "F":
            return self
        return self._replace(value=round(self.value * 9 / 5 + 32, 1), unit="F")

    @property
    def label(self) -> str:
        return f"{self.sensor}@{self.ts}"


Summary = NamedTuple("Summary", [("sensor", str), ("count", int), ("mean", float), ("peak", Optional[float])])

raw = [("s1", 3, "21.5"), ("s2", 1, "19.0"), ("s1", 1, "20.25"), ("s2", 2, "bad"), ("s1", 2, "22.75"), ("s3", 5, "18")]
readings: List[Reading] = []
for sensor, ts, text in raw:
    try:
        readings.append(Reading(sensor, ts, float(text)))
    except ValueError:
        print(f"skip {sensor}@{ts}: not a number")

readings.sort(key=lambda r: (r.sensor, r.ts))
for r in readings:
    print(r, "|", r.label, "|", r.to_fahrenheit().value)

first = readings[0]
sensor, ts, value, unit = first
print("unpacked:", sensor, ts, value, unit)
print("fields:", Reading._fields, "defaults:", Reading._field_defaults)
print("asdict:", first._asdict())
print("make:", Reading._make(["s9", 9, 1.5, "F"]))
print("is tuple:", isinstance(first, tuple), len(first), first[2], first == ("s1", 1, 20.25, "C"))
print("annotations:", Reading.__annotations__)

by_sensor: Dict[str, List[Reading]] = {}
for r in readings:
    by_sensor.setdefault(r.sensor, []).append(r)
summaries = [
    Summary(s, len(rs), round(sum(r.value for r in rs) / len(rs), 2), max(r.value for r in rs))
    for s, rs in sorted(by_sensor.items())
]
for s in summaries:
    print(s)
print("hottest:", max(summaries, key=lambda s: s.mean).sensor)

try:
    Reading("s1")
except TypeError:
    print("TypeError: missing fields")
try:
    first.value = 0.0
except AttributeError as e:
    print("AttributeError:", e)
print("replace keeps original:", first.value, first._replace(value=0.0).value)
