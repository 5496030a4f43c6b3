# Convert integers to Roman numerals and parse them back with validation.
import re

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s: str) -> int:
    s = s.upper()
    if not s or not VALID.match(s):
        raise ValueError(f"invalid roman numeral: {s!r}")
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = single[a]
        total += -v if b != " " and single[b] > v else v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")

for bad in ["IIII", "MMMM", "IC", "", "xiv", 0, 4000]:
    try:
        result = from_roman(bad) if isinstance(bad, str) else to_roman(bad)
        print(f"{bad!r} -> {result}")
    except ValueError as e:
        print(f"error: {e}")
