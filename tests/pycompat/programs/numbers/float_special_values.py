# Handle inf, nan and negative zero safely when cleaning sensor data.
import math

raw = ["12.5", "nan", "inf", "-inf", "-0.0", "3e2", "NaN", "Infinity", "7", "-12.25"]
values = [float(s) for s in raw]
print("parsed:", values)
for v in values:
    print(f"{v!r:>7}: isnan={math.isnan(v)!s:<5} isinf={math.isinf(v)!s:<5} "
          f"isfinite={math.isfinite(v)!s:<5} sign={math.copysign(1, v):+.0f}")

finite = [v for v in values if math.isfinite(v)]
print("finite values:", finite, "mean:", sum(finite) / len(finite))
nan = float("nan")
inf = math.inf
print("nan == nan:", nan == nan, "nan != nan:", nan != nan, "nan is nan:", nan is nan)
print("inf comparisons:", inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0)
print("inf arithmetic:", inf + 1, inf * -2, 1 / inf, -1 / inf)
print("max/min with inf:", max(3, inf), min(-inf, 3))
print("sorted finite + inf:", sorted([3.0, inf, -inf, 0.0, -1.5]))
print("-0.0:", -0.0, -0.0 == 0.0, math.copysign(1, -0.0), str(-0.0), f"{-0.0:.2f}")
print("nan in list:", nan in [nan], float("nan") in [float("nan")])
print("math.nan is nan:", math.isnan(math.nan), repr(math.inf), repr(-math.nan))
print("float division by zero raises:", end=" ")
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__)
print("int(inf):", end=" ")
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__)
print("round(nan) raises:", end=" ")
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__)
print("formatted:", f"{inf:.2f} {-inf:e} {nan:g} {inf:>8} {nan:%}")
print("pow overflow:", end=" ")
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__)
print("1e308 * 10 =", 1e308 * 10, "math.fsum([inf, 1]) =", math.fsum([inf, 1.0]))
