# IoT sensor readings as NamedTuples: validate, summarize per sensor with statistics, flag anomalies
import statistics
from collections import defaultdict
from typing import Dict, List, NamedTuple


class Reading(NamedTuple):
    sensor: str
    minute: int
    celsius: float
    humidity: float = 50.0


RAW = """t1,0,21.4,40
t1,5,21.9,41
t1,10,22.3,
t1,15,35.0,39
t2,0,19.8,55
t2,5,bad,56
t2,10,20.1,57
t2,15,20.4,58
t3,0,25.0,30
t3,5,24.6,31
t1,20,22.1,40"""


def parse(lines: str) -> List[Reading]:
    out = []
    for n, line in enumerate(lines.splitlines(), 1):
        sensor, minute, temp, hum = line.split(",")
        try:
            r = Reading(sensor, int(minute), float(temp))
        except ValueError as exc:
            print(f"line {n}: skipped ({exc})")
            continue
        if hum:
            r = r._replace(humidity=float(hum))
        out.append(r)
    return out


readings = parse(RAW)
print("parsed", len(readings), "readings; first:", readings[0])
print("fields:", Reading._fields, "defaults:", Reading._field_defaults)

groups: Dict[str, List[Reading]] = defaultdict(list)
for r in readings:
    groups[r.sensor].append(r)

for sensor, rs in sorted(groups.items()):
    temps = [r.celsius for r in rs]
    mean = statistics.mean(temps)
    sd = statistics.pstdev(temps)
    med = statistics.median(temps)
    print(f"{sensor}: n={len(temps)} mean={mean:.2f} median={med:.2f} pstdev={sd:.2f}")
    for r in rs:
        if abs(r.celsius - med) > 5:
            print(f"   anomaly at minute {r.minute}: {r.celsius} C")

hottest = max(readings, key=lambda r: r.celsius)
print("hottest:", hottest._asdict())
sensor, minute, *rest = hottest
print(sensor, minute, rest)
