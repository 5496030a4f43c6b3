# Accumulated floating-point error: naive sum vs math.fsum vs Kahan summation.
import math


def kahan_sum(values):
    total = 0.0
    comp = 0.0
    for v in values:
        y = v - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total


cases = {
    "ten tenths": [0.1] * 10,
    "thousand tenths": [0.1] * 1000,
    "mixed magnitudes": [1e16, 1.0, -1e16, 1.0],
    "alternating": [(-1) ** k / (k + 1) for k in range(1000)],
    "prices": [19.99, 5.01, 0.1, 0.2, 74.7],
}

for name, vals in cases.items():
    naive = sum(vals)
    exact = math.fsum(vals)
    kahan = kahan_sum(vals)
    print(f"{name}:")
    print(f"  sum   = {naive!r}")
    print(f"  fsum  = {exact!r}")
    print(f"  kahan = {kahan!r}")
    print(f"  error = {abs(naive - exact):.3e}")

x = 0.0
steps = 0
while x < 1.0:
    x += 0.1
    steps += 1
print("steps to reach 1.0 by 0.1:", steps, "final x:", x)
print("0.1 * 3 == 0.3:", 0.1 * 3 == 0.3, "round:", round(0.1 * 3, 10) == 0.3)
print("isclose:", math.isclose(0.1 * 3, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9))
print("large + small:", 1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
avg = sum(cases["prices"]) / len(cases["prices"])
print(f"average price: {avg} -> {avg:.2f}")
print("ln(2) from series:", math.fsum(cases["alternating"]), "math.log(2):", math.log(2))
