# Temperature class with @property setters, validation and unit conversion
class Temperature:
    ABSOLUTE_ZERO_C = -273.15

    def __init__(self, celsius: float = 0.0):
        self.celsius = celsius  # goes through the setter

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if not isinstance(value, (int, float)):
            raise TypeError("temperature must be a number")
        if value < self.ABSOLUTE_ZERO_C:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self) -> float:
        return self._celsius - self.ABSOLUTE_ZERO_C

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self):
        return f"Temperature({self._celsius:.2f}C)"


t = Temperature(25)
print(t, f"F={t.fahrenheit:.1f}", f"K={t.kelvin:.2f}")
t.fahrenheit = 212
print("After setting 212F:", t)
t2 = Temperature.from_fahrenheit(-40)
print("From -40F:", t2, "celsius =", t2.celsius)

for bad in (-300, "hot"):
    try:
        t.celsius = bad
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print("Still:", t)

try:
    del t.kelvin
except AttributeError:
    print("kelvin cannot be deleted")
try:
    t.kelvin = 0
except AttributeError:
    print("kelvin is read-only")
readings = [Temperature(c) for c in (18.5, 22.0, 19.75, 30.1)]
avg = sum(r.celsius for r in readings) / len(readings)
print(f"Average: {avg:.3f}C, max: {max(readings, key=lambda r: r.celsius)}")
