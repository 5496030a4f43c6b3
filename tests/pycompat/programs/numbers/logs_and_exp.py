# Logarithms and exponentials: half-life decay, doubling time, orders of magnitude.
import math

print("log(e) =", math.log(math.e))
print("log(100, 10) =", math.log(100, 10), "log10(100) =", math.log10(100))
print("log2(1024) =", math.log2(1024), "log2(10) =", math.log2(10))
print("log(8, 2) =", math.log(8, 2))
print("exp(1) =", math.exp(1), "exp(0) =", math.exp(0), "exp(-1) =", math.exp(-1))
print("expm1(1e-10) =", math.expm1(1e-10), "log1p(1e-10) =", math.log1p(1e-10))
print("isclose(exp(log(5)), 5):", math.isclose(math.exp(math.log(5)), 5))
print("log10 of powers:", [math.log10(10**k) for k in range(-3, 4)])

half_life = 5730.0  # carbon-14, years
decay = math.log(2) / half_life
print(f"decay constant: {decay:.6e} per year")
for years in [0, 1000, 5730, 10000, 50000]:
    remaining = math.exp(-decay * years)
    print(f"  after {years:>6} years: {remaining:8.4%} remains")
fraction = 0.25
print(f"age for {fraction:.0%} remaining: {-math.log(fraction) / decay:,.1f} years")

for rate in [0.01, 0.03, 0.07, 0.10]:
    exact = math.log(2) / math.log(1 + rate)
    print(f"doubling at {rate:.0%}: exact {exact:6.2f} yrs, rule of 70: {70 / (rate * 100):6.2f}")

for n in [1, 9, 10, 99, 12345, 10**12]:
    digits = math.floor(math.log10(n)) + 1
    print(f"{n} has {digits} digits (len(str) = {len(str(n))})")

db = [10 * math.log10(p) for p in (0.001, 0.5, 1, 2, 1000)]
print("decibels:", [round(x, 3) for x in db])
for bad in [0, -1]:
    try:
        math.log(bad)
    except ValueError as e:
        print(f"log({bad}) -> {type(e).__name__}")
print("math.inf behaviour:", math.inf, -math.inf < -1e308, math.inf - math.inf)
try:
    math.exp(1000)
except OverflowError:
    print("exp(1000) -> OverflowError")
