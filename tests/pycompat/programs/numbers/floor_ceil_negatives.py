# Rounding toward -inf, +inf, zero and nearest for positive and negative values.
import math

values = [2.5, 2.4, 2.6, -2.5, -2.4, -2.6, 0.0, -0.0, 7.0, -7.0, 1e-9, -1e-9]
header = f"{'x':>8} {'floor':>6} {'ceil':>6} {'trunc':>6} {'int':>6} {'round':>6} {'//1':>6}"
print(header)
print("-" * len(header))
for x in values:
    print(f"{x!r:>8} {math.floor(x):>6} {math.ceil(x):>6} {math.trunc(x):>6} "
          f"{int(x):>6} {round(x):>6} {x // 1!r:>6}")

print("integer floor division:", -7 // 2, 7 // -2, -7 // -2, -1 // 10)
print("ceil division trick:", -(-7 // 2), -(-8 // 2), -(7 // -2))


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


for items, per_page in [(0, 10), (1, 10), (10, 10), (11, 10), (95, 20)]:
    print(f"{items} items at {per_page}/page -> {ceil_div(items, per_page)} pages "
          f"(math.ceil: {math.ceil(items / per_page)})")
print("abs values:", abs(-3), abs(-3.5), abs(0), abs(-0.0), abs(3 + 4j))
print("floor of big float:", math.floor(1e20), math.ceil(-1e20))
print("floor types:", type(math.floor(2.5)).__name__, type(2.5 // 1).__name__)
temps = [-3.7, -0.2, 0.4, 12.5, -12.5]
print("bucketed by 5:", [math.floor(t / 5) * 5 for t in temps])
