# Floor division and modulo with negative numbers, compared with truncation semantics.
import math

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10, 5), (-10, 5)]
print(f"{'a':>4} {'b':>4} {'a//b':>6} {'a%b':>5} {'divmod':>10} {'trunc':>6} {'fmod':>6}")
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    trunc = int(a / b)
    print(f"{a:>4} {b:>4} {a // b:>6} {a % b:>5} {str((q, r)):>10} {trunc:>6} {math.fmod(a, b):>6}")

print("float divmod:", divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2)
print("float mod:", 5.5 % 1, -5.5 % 1, 1e-3 % 1)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod by zero:", type(e).__name__)
try:
    print(5 % 0.0)
except ZeroDivisionError:
    print("float modulo by zero raises ZeroDivisionError")


def seconds_to_hms(total: int) -> str:
    sign = "-" if total < 0 else ""
    m, s = divmod(abs(total), 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{sign}{d}d {h:02}:{m:02}:{s:02}"


for secs in [0, 59, 3600, 86399, 90061, 1_000_000, -3725]:
    print(f"{secs:>8} s = {seconds_to_hms(secs)}")

weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for offset in [-1, -8, 6, 13, -15]:
    print(f"offset {offset:>3} from Wed -> {weekdays[(2 + offset) % 7]}")
print("clock arithmetic:", (10 + 5) % 12, (3 - 5) % 12, -1 % 12)
print("big:", divmod(10**20 + 7, -10**9), (-10**20) // 3)
