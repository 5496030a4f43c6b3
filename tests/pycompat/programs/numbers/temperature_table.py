# Temperature conversion table between Celsius, Fahrenheit and Kelvin with notes.

def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32


def f_to_c(f: float) -> float:
    return (f - 32) * 5 / 9


def c_to_k(c: float) -> float:
    return c + 273.15


def describe(c: float) -> str:
    if c <= 0:
        return "freezing"
    if c < 10:
        return "cold"
    if c < 20:
        return "mild"
    if c < 30:
        return "warm"
    return "hot"


print(f"{'Celsius':>8} {'Fahrenheit':>11} {'Kelvin':>8}  note")
for c in range(-40, 51, 10):
    print(f"{c:>8} {c_to_f(c):>11.1f} {c_to_k(c):>8.2f}  {describe(c)}")
print()
print(f"{'F':>6} {'C':>8}")
for f in [-40, 0, 32, 50, 72, 98.6, 212, 451]:
    print(f"{f:>6} {f_to_c(f):>8.2f}")
print("raw values:", c_to_f(37), f_to_c(98.6), c_to_k(-273.15), f_to_c(100))
readings = [21.4, 22.1, 19.8, 23.6, 25.0, 24.3, 20.9]
avg = sum(readings) / len(readings)
print(f"weekly average: {avg:.2f} C = {c_to_f(avg):.2f} F")
print("max/min in F:", c_to_f(max(readings)), c_to_f(min(readings)))
crossing = [c for c in range(-100, 101) if c == c_to_f(c)]
print("C equals F at:", crossing)
