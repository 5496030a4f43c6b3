# Physical quantities with units: multiplication/division combine units, addition checks them
from collections import Counter


class UnitError(TypeError):
    pass


class Quantity:
    def __init__(self, value: float, units: dict[str, int] | None = None):
        self.value = value
        self.units = {u: p for u, p in (units or {}).items() if p != 0}

    @classmethod
    def of(cls, value: float, unit: str) -> "Quantity":
        return cls(value, {unit: 1})

    def _same_units(self, other: "Quantity") -> None:
        if self.units != other.units:
            raise UnitError(f"cannot combine {self.unit_str()} with {other.unit_str()}")

    def __add__(self, other):
        self._same_units(other)
        return Quantity(self.value + other.value, self.units)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Quantity(self.value * other, self.units)
        units = Counter(self.units)
        units.update(other.units)
        return Quantity(self.value * other.value, dict(units))

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, (int, float)):
            return Quantity(self.value / other, self.units)
        units = Counter(self.units)
        units.subtract(other.units)
        return Quantity(self.value / other.value, dict(units))

    def __eq__(self, other):
        return isinstance(other, Quantity) and self.units == other.units and abs(self.value - other.value) < 1e-9

    def __lt__(self, other):
        self._same_units(other)
        return self.value < other.value

    def unit_str(self) -> str:
        if not self.units:
            return "(dimensionless)"
        parts = [u if p == 1 else f"{u}^{p}" for u, p in sorted(self.units.items())]
        return "*".join(parts)

    def __repr__(self):
        return f"{self.value:g} {self.unit_str()}"


m = Quantity.of
distance = m(120, "m") + m(30, "m")
time = m(12.5, "s")
speed = distance / time
print("distance:", distance, "| time:", time, "| speed:", speed)
accel = speed / time
print("acceleration:", accel)
force = m(70, "kg") * accel
print("force:", force)
area = m(3, "m") * m(4, "m")
print("area:", area, "| side*side:", m(5, "m") * m(5, "m"))
print("ratio:", distance / m(50, "m"))
print("2 * time:", 2 * time, "| time * 2:", time * 2)
print("compare:", m(3, "m") < m(4, "m"), m(2, "s") == m(2.0, "s"))
try:
    distance + time
except UnitError as e:
    print(f"{type(e).__name__} (a TypeError: {isinstance(e, TypeError)}):", e)
lengths = [m(v, "m") for v in (3.5, 1.25, 9.0)]
print("sorted lengths:", sorted(lengths), "| total:", sum(lengths[1:], lengths[0]))
