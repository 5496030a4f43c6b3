# Parsing CSV-like student records into typing.NamedTuple and computing stats
from typing import NamedTuple


class Student(NamedTuple):
    name: str
    grade: int
    score: float
    active: bool = True

    @property
    def letter(self) -> str:
        for threshold, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if self.score >= threshold:
                return letter
        return "F"

    @classmethod
    def parse(cls, line: str) -> "Student":
        name, grade, score, *rest = line.split(",")
        active = rest[0].strip() == "yes" if rest else True
        return cls(name.strip(), int(grade), float(score), active)


raw = """Ana, 10, 91.5, yes
Ben, 11, 78.0, yes
Cai, 10, 64.25, no
Dee, 12, 88.0
Eve, 11, 55.5, yes"""

students = [Student.parse(line) for line in raw.splitlines()]
for s in students:
    print(s, s.letter)

print("First student fields:", Student._fields)
ana = students[0]
print("Index access:", ana[0], ana[2], "| attr access:", ana.name)
name, grade, *_ = ana
print("Unpacked:", name, grade)
print("As dict:", ana._asdict())
promoted = ana._replace(grade=ana.grade + 1)
print("Promoted:", promoted, "| original grade:", ana.grade)
active = [s for s in students if s.active]
print("Active count:", len(active))
by_grade: dict[int, list[str]] = {}
for s in students:
    by_grade.setdefault(s.grade, []).append(s.name)
print(dict(sorted(by_grade.items())))
best = max(students, key=lambda s: s.score)
print(f"Top: {best.name} with {best.score}")
print("Tuple equality:", Student("X", 1, 2.0) == ("X", 1, 2.0, True))
