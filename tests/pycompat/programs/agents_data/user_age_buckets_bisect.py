# Bucket users into age bands with bisect and summarize signups per band with Counter.
import bisect
from collections import Counter
from typing import Dict, List, Tuple

BOUNDARIES = [18, 25, 35, 45, 55, 65]
LABELS = ["<18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]

USERS: List[Tuple[str, int, str]] = [
    ("u01", 17, "mobile"), ("u02", 23, "web"), ("u03", 31, "web"), ("u04", 45, "mobile"),
    ("u05", 67, "web"), ("u06", 25, "mobile"), ("u07", 34, "mobile"), ("u08", 52, "web"),
    ("u09", 29, "web"), ("u10", 64, "mobile"), ("u11", 18, "web"), ("u12", 38, "web"),
    ("u13", 41, "mobile"), ("u14", 27, "mobile"), ("u15", 55, "web"), ("u16", 72, "mobile"),
]


def band(age: int) -> str:
    return LABELS[bisect.bisect_right(BOUNDARIES, age)]


def main() -> None:
    counts = Counter(band(age) for _, age, _ in USERS)
    by_channel: Dict[str, Counter] = {}
    for _, age, channel in USERS:
        by_channel.setdefault(channel, Counter())[band(age)] += 1
    total = len(USERS)
    print(f"{'band':<7}{'users':>6}{'share':>8}  {'web':>4}{'mobile':>7}")
    for label in LABELS:
        n = counts[label]
        print(f"{label:<7}{n:>6}{n / total:>8.1%}  {by_channel['web'][label]:>4}{by_channel['mobile'][label]:>7}  {'#' * n}")
    print("most common:", counts.most_common(2))
    print("edge ages:", {age: band(age) for age in (17, 18, 24, 25, 64, 65)})
    ages = sorted(age for _, age, _ in USERS)
    print("sorted ages:", ages)
    lo = bisect.bisect_left(ages, 25)
    hi = bisect.bisect_right(ages, 44)
    print(f"users aged 25..44: {hi - lo} -> {ages[lo:hi]}")
    bisect.insort(ages, 30)
    print("after insort 30:", ages[4:9])
    combined = by_channel["web"] + by_channel["mobile"]
    print("web+mobile == total counts:", combined == counts)
    print("web - mobile:", dict(sorted((by_channel["web"] - by_channel["mobile"]).items())))


main()
