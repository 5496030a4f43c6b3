# Print a Celsius/Fahrenheit/Kelvin conversion table and summarize weekly readings.
def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32


def f_to_c(f: float) -> float:
    return (f - 32) * 5 / 9


print(f"{'C':>6} {'F':>7} {'K':>8}")
for c in range(-40, 41, 10):
    print(f"{c:>6} {c_to_f(c):>7.1f} {c + 273.15:>8.2f}")

readings_f = {"Mon": 68.0, "Tue": 71.6, "Wed": 59.9, "Thu": 75.2, "Fri": 80.6, "Sat": 77.0, "Sun": 64.4}
readings_c = {day: round(f_to_c(f), 1) for day, f in readings_f.items()}
print(readings_c)
hottest = max(readings_c, key=readings_c.get)
coldest = min(readings_c, key=readings_c.get)
print(f"hottest: {hottest} {readings_c[hottest]}C, coldest: {coldest} {readings_c[coldest]}C")
avg = sum(readings_c.values()) / len(readings_c)
print(f"average: {avg:.2f}C / {c_to_f(avg):.2f}F")
above = [d for d, t in readings_c.items() if t > avg]
print("above average:", above)
for day, t in readings_c.items():
    bar = "#" * int(t)
    print(f"{day} {t:5.1f} {bar}")
print("freezing check:", f_to_c(32) == 0, "boiling:", c_to_f(100))
