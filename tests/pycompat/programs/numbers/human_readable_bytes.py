# Format byte counts as human-readable sizes in SI and binary units, and parse them back.
import re

SI = ["B", "kB", "MB", "GB", "TB", "PB"]
IEC = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]


def human(n: int, binary: bool = False, precision: int = 1) -> str:
    base = 1024 if binary else 1000
    units = IEC if binary else SI
    size = float(n)
    for unit in units:
        if abs(size) < base or unit == units[-1]:
            if unit == "B":
                return f"{int(size)} {unit}"
            return f"{size:.{precision}f} {unit}"
        size /= base
    raise AssertionError("unreachable")


def parse_size(text: str) -> int:
    m = re.fullmatch(r"\s*([\d.]+)\s*([a-zA-Z]*)\s*", text)
    if not m:
        raise ValueError(f"bad size: {text!r}")
    number, unit = float(m.group(1)), m.group(2) or "B"
    table = {u.lower(): 1000 ** i for i, u in enumerate(SI)}
    table.update({u.lower(): 1024 ** i for i, u in enumerate(IEC)})
    try:
        return int(number * table[unit.lower()])
    except KeyError:
        raise ValueError(f"unknown unit {unit!r}") from None


def main() -> None:
    sizes = [0, 1, 999, 1000, 1023, 1024, 1536, 10**6, 2**20, 5 * 10**9, 2**40, 10**18, -2048]
    print(f"{'bytes':>20} {'SI':>10} {'binary':>10}")
    for n in sizes:
        print(f"{n:>20,} {human(n):>10} {human(n, binary=True):>10}")
    print(human(123456789, precision=3), human(123456789, True, 0))
    for text in ["10 MB", "1.5GiB", "512", "4 kb", "2 TiB", "3 bananas", "x"]:
        try:
            print(f"{text!r} -> {parse_size(text):,}")
        except ValueError as e:
            print(f"{text!r} -> error: {e}")
    disk = {"photos": 48_213_554_112, "music": 9_876_543_210, "docs": 734_003_200}
    total = sum(disk.values())
    for name, size in sorted(disk.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{name:<8} {human(size, True):>10} {size / total:>7.1%}")
    print(f"{'total':<8} {human(total, True):>10}")


if __name__ == "__main__":
    main()
