# f-string features: = specifier, format specs, conversions and nested fields
import math

width = 12
price = 1234.5678
name = "Widget"
qty = 42
ratio = 0.8765
items = ["a", "b"]

print(f"{width=}")
print(f"{price=:.2f}")
print(f"{name=!r} {qty = }")
print(f"{qty * 2 = }")
print(f"{len(items)=}, {items=}")
print(f"{math.pi=:.4f}")

print(f"[{name:<{width}}]", f"[{name:>{width}}]", f"[{name:^{width}}]", f"[{name:*^{width}}]")
print(f"{price:,.2f} | {price:10.1f} | {price:e} | {price:.3g}")
print(f"{qty:05d} | {qty:+d} | {-qty:d} | {qty:x} | {qty:o} | {qty:b} | {qty:#x} | {qty:#b}")
print(f"{ratio:.1%} | {ratio:8.3f} | {1_000_000:_} | {1_000_000:,}")
print(f"{name!r} {name!s} {'tab' + chr(9)!r}")
print(f"{{literal braces}} {qty}")

precision = 3
print(f"pi to {precision} places: {math.pi:.{precision}f}")
rows = [("apples", 3, 1.2), ("kiwis", 12, 0.35), ("melons", 1, 4.0)]
print(f"{'item':<8}|{'qty':>5}|{'cost':>8}")
print("-" * 23)
for item, n, unit in rows:
    print(f"{item:<8}|{n:>5}|{n * unit:>8.2f}")
print(f"{'total':<8}|{sum(r[1] for r in rows):>5}|{sum(r[1] * r[2] for r in rows):>8.2f}")


class Temp:
    def __init__(self, c: float):
        self.c = c

    def __format__(self, spec: str) -> str:
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, (spec[:-1] or ".1") + "f") + "F"
        return format(self.c, spec or ".1f") + "C"

    def __repr__(self):
        return f"Temp({self.c})"


t = Temp(21.5)
print(f"{t} | {t:.3f} | {t:F} | {t:.0F} | {t!r} | {t=}")
print(f"{'nested ' + f'{qty:03}'}", f"{3 if qty > 40 else 4}", f"{', '.join(items)}")
print(f"{True!s:>6}|{None!r:<6}|{3.0:g}|{0.1 + 0.2:.17g}")
