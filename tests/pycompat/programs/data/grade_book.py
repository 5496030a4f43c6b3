# Compute weighted course grades, letter grades and class statistics.
import statistics
from typing import Dict, List

WEIGHTS = {"homework": 0.25, "midterm": 0.30, "final": 0.45}
students: Dict[str, Dict[str, List[float]]] = {
    "Avery": {"homework": [95, 88, 92], "midterm": [81], "final": [89]},
    "Blake": {"homework": [72, 65, 80], "midterm": [70], "final": [58]},
    "Casey": {"homework": [100, 100, 98], "midterm": [94], "final": [97]},
    "Devon": {"homework": [85, 0, 90], "midterm": [77], "final": [84]},
    "Emery": {"homework": [60, 70, 65], "midterm": [55], "final": [62]},
}


def letter(score: float) -> str:
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


results = {}
for name, parts in students.items():
    score = sum(WEIGHTS[k] * (sum(v) / len(v)) for k, v in parts.items())
    results[name] = round(score, 2)

print(f"{'Student':<8}{'HW':>7}{'Mid':>6}{'Final':>7}{'Score':>8}  Grade")
for name, score in sorted(results.items(), key=lambda kv: kv[1], reverse=True):
    p = students[name]
    hw = sum(p["homework"]) / len(p["homework"])
    print(f"{name:<8}{hw:>7.1f}{p['midterm'][0]:>6}{p['final'][0]:>7}{score:>8.2f}  {letter(score)}")

scores = list(results.values())
print(f"mean={statistics.mean(scores):.2f} median={statistics.median(scores):.2f} stdev={statistics.stdev(scores):.2f}")
dist = {g: [n for n, s in results.items() if letter(s) == g] for g in "ABCDF"}
for g, names in dist.items():
    print(f"{g}: {len(names)} {names}")
print("passing:", sum(1 for s in scores if s >= 60), "of", len(scores))
