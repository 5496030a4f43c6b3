# Format race lap times (in milliseconds) as clock strings, compute splits, deltas to best and averages.
from dataclasses import dataclass
from datetime import timedelta
from statistics import mean, pstdev
from typing import List


def clock(ms: int, always_hours: bool = False) -> str:
    sign = "-" if ms < 0 else ""
    ms = abs(ms)
    hours, rem = divmod(ms, 3_600_000)
    minutes, rem = divmod(rem, 60_000)
    seconds, millis = divmod(rem, 1000)
    if hours or always_hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"
    return f"{sign}{minutes}:{seconds:02d}.{millis:03d}"


@dataclass
class Runner:
    name: str
    laps_ms: List[int]

    @property
    def total(self) -> int:
        return sum(self.laps_ms)


RUNNERS = [
    Runner("Keiko", [95_210, 93_880, 94_015, 92_990, 91_450]),
    Runner("Marta", [92_005, 93_100, 95_870, 96_400, 94_020]),
    Runner("Sipho", [97_330, 94_210, 93_440, 92_100, 89_995]),
]


def main() -> None:
    best_lap = min(l for r in RUNNERS for l in r.laps_ms)
    for r in sorted(RUNNERS, key=lambda r: r.total):
        splits, elapsed = [], 0
        for lap in r.laps_ms:
            elapsed += lap
            splits.append(clock(elapsed))
        print(f"{r.name:<6} total {clock(r.total, always_hours=True)}  splits: {' '.join(splits)}")
        print(f"       laps: {' '.join(clock(l) for l in r.laps_ms)}  avg {clock(round(mean(r.laps_ms)))} sd {pstdev(r.laps_ms) / 1000:.3f}s")
        print(f"       best-lap delta: {' '.join(f'{clock(l - best_lap):>9}' for l in r.laps_ms)}")
    leader = min(RUNNERS, key=lambda r: r.total)
    for r in RUNNERS:
        if r is not leader:
            print(f"{r.name} finished +{clock(r.total - leader.total)} behind {leader.name}")
    print("fastest lap overall:", clock(best_lap))
    td = timedelta(milliseconds=leader.total)
    print("as timedelta:", td, "| seconds:", td.total_seconds(), "| microseconds:", td.microseconds)
    pace = timedelta(milliseconds=leader.total) / 5
    print("pace per km (5 km):", str(pace)[2:11])
    print("edge cases:", clock(0), clock(59_999), clock(3_600_000), clock(-1500))


main()
