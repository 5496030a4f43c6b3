# Letter grades with functools.total_ordering, GPA computation and honor-roll ranking
from dataclasses import dataclass, field
from functools import total_ordering
from typing import Dict, List

SCALE = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]
POINTS = {"A+": 4.0, "A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "C-": 1.7,
          "D+": 1.3, "D": 1.0, "D-": 0.7, "F": 0.0}


@total_ordering
class Grade:
    __slots__ = ("letter",)

    def __init__(self, letter: str):
        letter = letter.strip().upper()
        if letter not in POINTS:
            raise ValueError(f"invalid grade {letter!r}")
        self.letter = letter

    @classmethod
    def from_percent(cls, pct: float) -> "Grade":
        cutoffs = [(97, "A+"), (93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"),
                   (73, "C"), (70, "C-"), (67, "D+"), (63, "D"), (60, "D-")]
        return cls(next((g for c, g in cutoffs if pct >= c), "F"))

    def __eq__(self, other):
        return isinstance(other, Grade) and self.letter == other.letter

    def __lt__(self, other: "Grade") -> bool:
        return SCALE.index(self.letter) < SCALE.index(other.letter)

    def __hash__(self):
        return hash(self.letter)

    def __repr__(self):
        return f"Grade({self.letter!r})"


@dataclass
class Transcript:
    student: str
    courses: Dict[str, tuple] = field(default_factory=dict)

    def gpa(self) -> float:
        credits = sum(c for c, _ in self.courses.values())
        return round(sum(c * POINTS[g.letter] for c, g in self.courses.values()) / credits, 2)


raw = {
    "noor": [("calc", 4, 95.5), ("physics", 4, 88), ("essay", 3, 91)],
    "liam": [("calc", 4, 72), ("physics", 4, 79.9), ("art", 2, 99)],
    "zoe": [("calc", 4, 90), ("essay", 3, 90), ("chem", 4, 93)],
    "omar": [("calc", 4, 58), ("art", 2, 64)],
}
transcripts: List[Transcript] = []
for student, rows in raw.items():
    t = Transcript(student, {course: (credits, Grade.from_percent(p)) for course, credits, p in rows})
    transcripts.append(t)
for t in sorted(transcripts, key=lambda t: (-t.gpa(), t.student)):
    grades = ", ".join(f"{c}={g.letter}" for c, (_, g) in t.courses.items())
    best = max(g for _, g in t.courses.values())
    honor = "honor roll" if t.gpa() >= 3.5 and min(g for _, g in t.courses.values()) >= Grade("B") else ""
    print(f"{t.student:<5} GPA {t.gpa():.2f}  best {best.letter:<2}  [{grades}] {honor}")
print(Grade("a-") > Grade("B+"), Grade("C") <= Grade("C"), Grade("D") >= Grade("D+"), sorted({Grade("B"), Grade("b")}))
try:
    Grade("E")
except ValueError as exc:
    print("error:", exc)
