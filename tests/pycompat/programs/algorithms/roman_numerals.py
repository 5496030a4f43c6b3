# Convert integers to Roman numerals and back, with validation errors.

ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class RomanError(ValueError):
    pass


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range (1..3999)")
    out = []
    for value, symbol in ROMAN:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s: str) -> int:
    s = s.upper()
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise RomanError(f"invalid character {ch!r} in {s!r}")
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise RomanError(f"{s!r} is not canonical (expected {to_roman(total)!r})")
    return total


def main() -> None:
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
    assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
    print("round trip ok for 1..3999")
    longest = max(range(1, 4000), key=lambda i: len(to_roman(i)))
    print("longest numeral:", longest, to_roman(longest))
    for bad in [0, 4000, "IIII", "MCMZ", "mmxxiv"]:
        try:
            result = to_roman(bad) if isinstance(bad, int) else from_roman(bad)
            print(f"{bad!r} -> {result}")
        except RomanError as e:
            print(f"error: {e}")


if __name__ == "__main__":
    main()
