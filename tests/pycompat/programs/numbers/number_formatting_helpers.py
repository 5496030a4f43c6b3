# Small number formatting helpers for reports: thousands separators, padding, signs, compact units.

def compact(n: float) -> str:
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(n) >= threshold:
            return f"{n / threshold:.1f}".rstrip("0").rstrip(".") + suffix
    return str(n)


def accounting(x: float) -> str:
    return f"({abs(x):,.2f})" if x < 0 else f"{x:,.2f} "


def pad_id(n: int, width: int = 6) -> str:
    return f"ID-{n:0{width}d}"


def main() -> None:
    numbers = [0, 7, 999, 1000, 1234, 99_999, 1_500_000, 2_750_000_000, -48_200, 3.2e12]
    for n in numbers:
        print(f"{n!r:>16} -> {compact(n):>7} | {n:>18,} | {n:>+14,.1f}")
    ledger = [1250.5, -320.75, 99.99, -0.01, 100000, 0]
    for x in ledger:
        print(f"{accounting(x):>15}")
    print(", ".join(pad_id(i) for i in (1, 42, 123456)), pad_id(7, 3))
    width = 12
    for label, value in [("left", "abc"), ("right", "abc"), ("center", "abc")]:
        align = {"left": "<", "right": ">", "center": "^"}[label]
        print(f"[{value:{align}{width}}] [{value:*{align}{width}}]")
    print(f"[{42:^10}] [{-42:=+8}] [{42:#06x}] [{3.5:08.3f}]")
    print("{:,}".format(10**15), "{:_}".format(123456789), "{:,.3f}".format(-9876.54321))
    print(str(1234).zfill(8), "-42".zfill(6), "3.14".rjust(8, "."), "x".ljust(4, "-") + "|")
    pct = [0.0, 0.05, 0.123, 1.0, 1.5]
    print(" ".join(f"{p:6.1%}" for p in pct))


if __name__ == "__main__":
    main()
