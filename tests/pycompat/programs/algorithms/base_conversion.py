# Convert integers between bases 2-36 by hand and check against int() and format().

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n: int, base: int) -> str:
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(s: str, base: int) -> int:
    s = s.strip().lower()
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("+-")
    value = 0
    for ch in s:
        d = DIGITS.index(ch)
        if d >= base:
            raise ValueError(f"digit {ch!r} invalid for base {base}")
        value = value * base + d
    return sign * value


def main() -> None:
    numbers = [0, 7, 255, 1000, -42, 65535, 2**64, 123456789]
    for n in numbers:
        b2, b8, b16, b36 = (to_base(n, b) for b in (2, 8, 16, 36))
        print(f"{n}: bin={b2} oct={b8} hex={b16} b36={b36}")
        assert b2 == format(n, "b") and b8 == format(n, "o") and b16 == format(n, "x")
        assert all(from_base(to_base(n, b), b) == n for b in range(2, 37))
    for s, b in [("ff", 16), ("777", 8), ("101010", 2), ("zz", 36), ("-1a", 16), ("0x1F", 16), ("0b101", 0)]:
        print(f"int({s!r}, {b}) = {int(s, b)}")
    try:
        from_base("129", 8)
    except ValueError as e:
        print("error:", e)
    try:
        int("129", 8)
    except ValueError as e:
        print("int() raised", type(e).__name__)
    print("base 3 table:", [to_base(i, 3) for i in range(10)])


if __name__ == "__main__":
    main()
