# Compute weighted course grades exactly with fractions.Fraction and map them to letter grades.
from fractions import Fraction
from dataclasses import dataclass, field
from typing import Dict, List

WEIGHTS: Dict[str, Fraction] = {
    "homework": Fraction(1, 4),
    "midterm": Fraction(1, 4),
    "project": Fraction(1, 5),
    "final": Fraction(3, 10),
}
CUTOFFS = [(Fraction(93), "A"), (Fraction(90), "A-"), (Fraction(87), "B+"), (Fraction(83), "B"),
           (Fraction(80), "B-"), (Fraction(70), "C"), (Fraction(60), "D"), (Fraction(0), "F")]


@dataclass
class Student:
    name: str
    scores: Dict[str, List[int]] = field(default_factory=dict)

    def component(self, name: str) -> Fraction:
        vals = self.scores.get(name, [])
        return Fraction(sum(vals), len(vals)) if vals else Fraction(0)

    def weighted(self) -> Fraction:
        return sum((w * self.component(n) for n, w in WEIGHTS.items()), Fraction(0))


def letter(score: Fraction) -> str:
    return next(label for cutoff, label in CUTOFFS if score >= cutoff)


STUDENTS = [
    Student("Priya", {"homework": [95, 88, 92, 100], "midterm": [84], "project": [97], "final": [91]}),
    Student("Marco", {"homework": [70, 85, 90], "midterm": [77], "project": [88], "final": [69]}),
    Student("Yuki", {"homework": [100, 100, 98], "midterm": [93], "project": [90], "final": [94]}),
    Student("Omar", {"homework": [60, 0, 75], "midterm": [58], "final": [62]}),
]


def main() -> None:
    assert sum(WEIGHTS.values()) == 1, "weights must sum to 1"
    print("weights:", {k: str(v) for k, v in WEIGHTS.items()})
    for s in STUDENTS:
        total = s.weighted()
        print(f"{s.name:<6} exact={str(total):>12} ~{float(total):7.3f} -> {letter(total)}")
        print("       components:", ", ".join(f"{n}={s.component(n)}" for n in WEIGHTS))
    best = max(STUDENTS, key=Student.weighted)
    print("top student:", best.name)
    needed = (Fraction(90) - (best.weighted() - WEIGHTS["final"] * best.component("final"))) / WEIGHTS["final"]
    print(f"{best.name} needed {needed} (~{float(needed):.2f}) on the final for an A-")
    avg = sum((s.weighted() for s in STUDENTS), Fraction(0)) / len(STUDENTS)
    print("class average:", avg, "=", round(avg, 2), "limit_denominator:", avg.limit_denominator(10))
    print(Fraction("0.125"), Fraction(3.75), Fraction(7, -14), repr(Fraction(2, 6)))


main()
