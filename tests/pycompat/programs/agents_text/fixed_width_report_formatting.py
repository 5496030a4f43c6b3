# Produce a fixed-width text report using the format mini-language: alignment, fill, signs, grouping.
from dataclasses import dataclass
from typing import List


@dataclass
class Row:
    region: str
    q1: float
    q2: float
    growth: float
    accounts: int


ROWS: List[Row] = [
    Row("North America", 1234567.891, 1402330.5, 0.1359, 1840),
    Row("EMEA", 987654.3, 901220.75, -0.0875, 2210),
    Row("APAC", 45210.0, 88012.4, 0.9467, 312),
    Row("LatAm", 0.0, 15000.0, float("inf"), 7),
]


def main() -> None:
    header = f"{'Region':<15}|{'Q1':>15}|{'Q2':>15}|{'Growth':>9}|{'Accts':>7}"
    print(header)
    print("=" * len(header))
    for r in ROWS:
        growth = f"{r.growth:+.1%}" if r.growth != float("inf") else "n/a"
        print(f"{r.region:<15}|{r.q1:>15,.2f}|{r.q2:>15,.2f}|{growth:>9}|{r.accounts:>7,}")
    print("=" * len(header))
    print(f"{'TOTAL':<15}|{sum(r.q1 for r in ROWS):>15,.2f}|{sum(r.q2 for r in ROWS):>15,.2f}|{'':>9}|{sum(r.accounts for r in ROWS):>7,}")
    print()
    print(f"[{'centered':^20}] [{'fill':*^20}] [{'left':-<12}] [{'right':.>12}]")
    print(f"{42:08d} {42:+d} {-42: d} {42: d} {3.14159:010.4f} {-0.5:=+8.2f}")
    print(f"{255:b} {255:o} {255:x} {255:X} {255:#x} {255:#010b} {1234567:_d} {0xDEADBEEF:_x}")
    print(f"{0.000123456:e} {123456789.0:.3e} {1e-7:g} {1234.5:g} {0.5:%} {1/3:.2%}")
    print(f"{'trunc':.3} {'pad':>6.2} {12.0:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f}")
    print("{:<8}|{:^8}|{:>8}".format("a", "b", "c"), "{0}{1}{0}".format("ab", "cd"), "{name!r:>10}".format(name="x"))
    print(format(1234.5678, ",.2f"), format(0.25, ".0%"), format(10, "#o"), format("s", "<3") + "|")
    width, prec = 12, 3
    print(f"{3.14159265:{width}.{prec}f}|{'nested':>{width}}|")
    print("%-10s|%5d|%8.3f|%x|%r" % ("old", 42, 2.5, 255, "s"))


main()
