# Print float results that commonly surprise people: repr, str and formatting.
import math

print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(1 / 3, 2 / 3, 2 / 3 * 3)
print(1 - 0.9, 0.1 * 3, 1.1 * 1.1)
print(1e16, 1e15, 123456789012345678.0)
print(1.5e-7, 0.0001, 0.00001, 1e-5 * 3)
print(float("inf"), -float("inf"), float("nan"))
print(1e308 * 10, -1e308 * 10)
print(2 ** 0.5, math.pi, math.e, math.tau)
print(100.0, 100.5, -0.0, 0.0 == -0.0)
print(3.0 * 1.1, 10 / 4, 10 // 4, 7 / 7)
print(float(10 ** 20), float(2 ** 53), float(2 ** 53 + 1))
print(repr(0.1), str(0.1), f"{0.1:.20f}")
print([0.1, 0.25, 1 / 7], (1.0, 2.50))
print({"a": 0.3 - 0.1, "b": 1e-10})
print(9007199254740993.0, 5e-324, 1.7976931348623157e308)
print(float("1e500"), float("-0"), float("  3.25  "), float("1_000.5"))
print(sum([0.1] * 10), 0.1 * 10)
total = 0.0
for i in range(1, 11):
    total += i / 10
print("running total:", total)
print(round(total, 10), int(total), math.floor(total))
print(f"{1e16:f} {1e-7:f} {123.456:g} {1e-7:g} {1234567.0:g}")
