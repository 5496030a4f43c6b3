# Summarize a multi-leg flight itinerary across time zones: flight times, layovers and arrival day shifts.
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, List

TZ: Dict[str, timezone] = {
    "SEA": timezone(timedelta(hours=-7)), "JFK": timezone(timedelta(hours=-4)),
    "LHR": timezone(timedelta(hours=1)), "DXB": timezone(timedelta(hours=4)),
    "SIN": timezone(timedelta(hours=8)),
}
MIN_CONNECTION = timedelta(minutes=75)


@dataclass
class Leg:
    flight: str
    origin: str
    dest: str
    depart_local: str
    arrive_local: str

    @property
    def departs(self) -> datetime:
        return datetime.strptime(self.depart_local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ[self.origin])

    @property
    def arrives(self) -> datetime:
        return datetime.strptime(self.arrive_local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ[self.dest])

    @property
    def duration(self) -> timedelta:
        return self.arrives - self.departs


ITINERARY: List[Leg] = [
    Leg("AS 12", "SEA", "JFK", "2024-09-05 07:15", "2024-09-05 15:40"),
    Leg("BA 178", "JFK", "LHR", "2024-09-05 16:50", "2024-09-06 05:05"),
    Leg("EK 2", "LHR", "DXB", "2024-09-06 09:30", "2024-09-06 19:40"),
    Leg("EK 354", "DXB", "SIN", "2024-09-07 02:45", "2024-09-07 14:10"),
]


def hm(td: timedelta) -> str:
    minutes = int(td.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}m"


def main() -> None:
    air = timedelta()
    for i, leg in enumerate(ITINERARY):
        air += leg.duration
        shift = (leg.arrives.date() - leg.departs.date()).days
        print(f"{leg.flight:<7} {leg.origin}->{leg.dest} dep {leg.departs:%a %H:%M} arr {leg.arrives:%a %H:%M}"
              f"{f' (+{shift})' if shift else '':<5} flight {hm(leg.duration)}")
        if i + 1 < len(ITINERARY):
            layover = ITINERARY[i + 1].departs - leg.arrives
            warn = "  TIGHT!" if layover < MIN_CONNECTION else ""
            print(f"        layover at {leg.dest}: {hm(layover)}{warn}")
    first, last = ITINERARY[0], ITINERARY[-1]
    door_to_door = last.arrives - first.departs
    print(f"total travel {hm(door_to_door)} ({door_to_door}), in the air {hm(air)}, on the ground {hm(door_to_door - air)}")
    print("arrive (origin clock):", last.arrives.astimezone(TZ["SEA"]).strftime("%Y-%m-%d %H:%M %z"))
    print("arrive (UTC):", last.arrives.astimezone(timezone.utc).isoformat())
    print("clock change:", TZ["SIN"].utcoffset(None) - TZ["SEA"].utcoffset(None))
    longest = max(ITINERARY, key=lambda l: l.duration)
    print("longest leg:", longest.flight, hm(longest.duration))


main()
