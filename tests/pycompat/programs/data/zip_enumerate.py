# Pair up parallel lists with zip and number rows with enumerate(start=1).
names = ["Ann", "Ben", "Cleo", "Dev"]
scores = [91, 78, 85, 62]
grades = ["A", "C", "B"]

for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda t: -t[1]), start=1):
    print(f"{rank}. {name:<5} {score}")

print("zip stops at shortest:", list(zip(names, grades)))
print("dict from zip:", dict(zip(names, scores)))
unzipped_names, unzipped_scores = zip(*[("x", 1), ("y", 2), ("z", 3)])
print("unzipped:", unzipped_names, unzipped_scores)

try:
    list(zip(names, grades, strict=True))
except ValueError as e:
    print(f"error: {type(e).__name__} (strict zip length mismatch)")

from itertools import zip_longest
for name, grade in zip_longest(names, grades, fillvalue="-"):
    print(f"  {name}: {grade}")

temps = [12.5, 14.0, 13.2, 15.8, 15.1, 17.0]
diffs = [round(b - a, 1) for a, b in zip(temps, temps[1:])]
print("day-to-day changes:", diffs)
rising = [i for i, d in enumerate(diffs, start=2) if d > 0]
print("days with rise:", rising)
for i, line in enumerate(["alpha", "beta", "gamma"], 100):
    print(i, line)
print("enumerate list:", list(enumerate("abc")))
