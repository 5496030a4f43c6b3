# Survey responses typed with TypedDict: validate, aggregate Likert scores and NPS per segment
import statistics
from collections import Counter, defaultdict
from typing import Dict, List, Optional, TypedDict


class Response(TypedDict):
    respondent: str
    segment: str
    satisfaction: int
    recommend: int
    comment: Optional[str]


class Summary(TypedDict, total=False):
    count: int
    mean_satisfaction: float
    nps: int
    top_words: List[str]


responses: List[Response] = [
    {"respondent": "r1", "segment": "smb", "satisfaction": 4, "recommend": 9, "comment": "fast and simple"},
    {"respondent": "r2", "segment": "smb", "satisfaction": 2, "recommend": 4, "comment": "support was slow"},
    {"respondent": "r3", "segment": "enterprise", "satisfaction": 5, "recommend": 10, "comment": None},
    {"respondent": "r4", "segment": "enterprise", "satisfaction": 3, "recommend": 7, "comment": "pricing is high"},
    {"respondent": "r5", "segment": "smb", "satisfaction": 5, "recommend": 10, "comment": "simple setup, fast"},
    {"respondent": "r6", "segment": "enterprise", "satisfaction": 4, "recommend": 8, "comment": "slow reports"},
    {"respondent": "r7", "segment": "smb", "satisfaction": 6, "recommend": 11, "comment": "typo"},
]
STOP = {"and", "was", "is", "the"}


def valid(r: Response) -> bool:
    return 1 <= r["satisfaction"] <= 5 and 0 <= r["recommend"] <= 10


def nps(scores: List[int]) -> int:
    promoters = sum(s >= 9 for s in scores)
    detractors = sum(s <= 6 for s in scores)
    return round(100 * (promoters - detractors) / len(scores))


clean = [r for r in responses if valid(r)]
print(f"{len(responses) - len(clean)} invalid response(s) dropped:", [r["respondent"] for r in responses if not valid(r)])
segments: Dict[str, List[Response]] = defaultdict(list)
for r in clean:
    segments[r["segment"]].append(r)

report: Dict[str, Summary] = {}
for seg, rs in sorted(segments.items()):
    words = Counter(w.strip(",.") for r in rs if r["comment"] for w in r["comment"].split())
    summary: Summary = {"count": len(rs), "mean_satisfaction": round(statistics.mean(r["satisfaction"] for r in rs), 2),
                        "nps": nps([r["recommend"] for r in rs])}
    summary["top_words"] = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])) if w not in STOP][:3]
    report[seg] = summary
for seg, s in report.items():
    print(seg, s)
overall = [r["recommend"] for r in clean]
print("overall NPS:", nps(overall), "| median recommend:", statistics.median(overall),
      "| mode satisfaction:", statistics.mode(r["satisfaction"] for r in clean))
print(Response.__required_keys__ == frozenset(Response.__annotations__), sorted(Summary.__optional_keys__))
