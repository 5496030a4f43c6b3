# Compute a 7-day rolling average of daily signups with a deque, filling missing dates with zero.
from collections import deque
from datetime import date, timedelta
from statistics import mean
from typing import Deque, Dict, List, Tuple

RAW: Dict[str, int] = {
    "2024-05-01": 14, "2024-05-02": 18, "2024-05-03": 11, "2024-05-05": 25, "2024-05-06": 30,
    "2024-05-07": 22, "2024-05-08": 19, "2024-05-10": 40, "2024-05-11": 38, "2024-05-12": 9,
    "2024-05-13": 17, "2024-05-14": 21,
}


def filled_series(raw: Dict[str, int]) -> List[Tuple[date, int]]:
    parsed = {date.fromisoformat(k): v for k, v in raw.items()}
    first, last = min(parsed), max(parsed)
    return [(first + timedelta(days=i), parsed.get(first + timedelta(days=i), 0)) for i in range((last - first).days + 1)]


def main() -> None:
    series = filled_series(RAW)
    missing = [d.isoformat() for d, v in series if v == 0]
    print("missing days filled with 0:", missing)
    window: Deque[int] = deque(maxlen=7)
    running_total = 0
    for d, value in series:
        if len(window) == window.maxlen:
            running_total -= window[0]
        window.append(value)
        running_total += value
        avg = running_total / len(window) if len(window) == 7 else None
        bar = "#" * value
        avg_text = f"{avg:6.2f}" if avg is not None else "   n/a"
        print(f"{d:%a %m-%d} {value:>3} {avg_text}  {bar}")
    values = [v for _, v in series]
    print("overall mean:", round(mean(values), 3))
    best_week = max(range(len(values) - 6), key=lambda i: sum(values[i:i + 7]))
    print("best 7-day window starts", series[best_week][0], "total", sum(values[best_week:best_week + 7]))
    weekday_avg = {}
    for d, v in series:
        weekday_avg.setdefault(d.strftime("%a"), []).append(v)
    print("weekday averages:", {k: round(mean(v), 1) for k, v in weekday_avg.items()})


main()
