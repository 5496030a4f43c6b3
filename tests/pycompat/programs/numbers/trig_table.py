# Trigonometry table in degrees, plus angle conversions and a projectile range calculation.
import math

print(f"{'deg':>4} {'rad':>8} {'sin':>9} {'cos':>9} {'tan':>10}")
for deg in range(0, 361, 30):
    rad = math.radians(deg)
    s, c = math.sin(rad), math.cos(rad)
    t = "inf" if abs(c) < 1e-12 else f"{math.tan(rad):10.4f}"
    print(f"{deg:>4} {rad:>8.4f} {s:>9.4f} {c:>9.4f} {t:>10}")

print("raw sin(pi):", math.sin(math.pi), "cos(pi/2):", math.cos(math.pi / 2))
print("degrees(pi):", math.degrees(math.pi), "radians(180):", math.radians(180))
print("atan2(1, 1) deg:", math.degrees(math.atan2(1, 1)))
print("atan2(-1, -1) deg:", math.degrees(math.atan2(-1, -1)))
print("asin(0.5) deg:", math.degrees(math.asin(0.5)))
print("acos(-1):", math.acos(-1))
identity = [round(math.sin(x) ** 2 + math.cos(x) ** 2, 12) for x in (0.1, 1, 2.5, 10)]
print("sin^2 + cos^2:", identity)

g = 9.81
v = 20.0
print(f"projectile at {v} m/s:")
best = max(range(5, 90, 5), key=lambda a: v * v * math.sin(math.radians(2 * a)) / g)
for angle in (15, 30, 45, 60, 75):
    theta = math.radians(angle)
    rng = v * v * math.sin(2 * theta) / g
    height = (v * math.sin(theta)) ** 2 / (2 * g)
    flight = 2 * v * math.sin(theta) / g
    print(f"  {angle:>2} deg: range {rng:6.2f} m, max height {height:6.2f} m, time {flight:5.2f} s")
print("best angle:", best)


def to_dms(deg: float) -> str:
    d = int(deg)
    m_float = (deg - d) * 60
    m = int(m_float)
    s = (m_float - m) * 60
    return f"{d}\u00b0{m}'{s:.2f}\""


print("DMS:", to_dms(48.8584), to_dms(2.2945), to_dms(math.degrees(1)))
