# Parse simple five-field cron expressions and list the next run times after a fixed start time.
from datetime import datetime, timedelta
from typing import Iterator, List, Set, Tuple

FIELDS: List[Tuple[str, int, int]] = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
START = datetime(2024, 2, 27, 22, 47)


def parse_field(spec: str, lo: int, hi: int) -> Set[int]:
    values: Set[int] = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/")
            step = int(step_text)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            start, end = map(int, part.split("-"))
        else:
            start = end = int(part)
        if not (lo <= start <= hi and lo <= end <= hi):
            raise ValueError(f"value out of range {lo}-{hi}: {part}")
        values.update(range(start, end + 1, step))
    return values


def parse(expr: str) -> List[Set[int]]:
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(f"expected 5 fields, got {len(parts)}")
    return [parse_field(p, lo, hi) for p, (_, lo, hi) in zip(parts, FIELDS)]


def next_runs(expr: str, after: datetime) -> Iterator[datetime]:
    minute, hour, day, month, weekday = parse(expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    limit = after + timedelta(days=400)
    while t < limit:
        cron_wd = (t.weekday() + 1) % 7
        if t.month in month and t.day in day and cron_wd in weekday and t.hour in hour and t.minute in minute:
            yield t
        t += timedelta(minutes=1) if t.hour in hour and t.day in day else timedelta(hours=1) - timedelta(minutes=t.minute)


def main() -> None:
    schedule = {
        "*/15 * * * *": "poll queue",
        "0 9 * * 1-5": "weekday report",
        "30 2 1 * *": "monthly billing",
        "0 0 29 2 *": "leap-day job",
        "0 12 * * 0,6": "weekend digest",
    }
    print("start:", START.strftime("%a %Y-%m-%d %H:%M"))
    for expr, name in schedule.items():
        runs = []
        for run in next_runs(expr, START):
            runs.append(run)
            if len(runs) == 3:
                break
        print(f"{expr:<14} {name:<15} " + " | ".join(r.strftime("%a %m-%d %H:%M") for r in runs))
    print("parsed hours of '0 8-18/2 * * *':", sorted(parse("0 8-18/2 * * *")[1]))
    for bad in ["61 * * * *", "* * *", "*/0 * * * *"]:
        try:
            parse(bad)
        except ValueError as exc:
            print(f"{bad!r}: ValueError: {exc}")


main()
