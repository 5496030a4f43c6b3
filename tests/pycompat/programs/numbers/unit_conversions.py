# Unit converter for length, mass and volume using conversion factors to a base unit.

LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
          "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
MASS = {"g": 0.001, "kg": 1.0, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0}
VOLUME = {"ml": 0.001, "l": 1.0, "gal": 3.785411784, "qt": 0.946352946, "cup": 0.2365882365}
TABLES = {"length": LENGTH, "mass": MASS, "volume": VOLUME}


class ConversionError(Exception):
    pass


def convert(value: float, src: str, dst: str) -> float:
    for table in TABLES.values():
        if src in table and dst in table:
            return value * table[src] / table[dst]
    raise ConversionError(f"cannot convert {src} to {dst}")


def main() -> None:
    cases = [(1, "mi", "km"), (5280, "ft", "mi"), (100, "m", "yd"), (6, "ft", "cm"),
             (1, "kg", "lb"), (16, "oz", "lb"), (150, "lb", "kg"), (2, "gal", "l"),
             (500, "ml", "cup"), (1, "in", "mm"), (42.195, "km", "mi")]
    for value, src, dst in cases:
        result = convert(value, src, dst)
        print(f"{value:>8} {src:<3} = {result:>12.4f} {dst:<3} (raw {result!r})")
    for bad in [(1, "kg", "m"), (3, "furlong", "m")]:
        try:
            convert(*bad)
        except ConversionError as e:
            print("error:", e)
    print("height table:")
    for cm in range(150, 201, 10):
        total_in = convert(cm, "cm", "in")
        feet, inches = divmod(total_in, 12)
        print(f"  {cm} cm = {int(feet)}'{inches:.1f}\"")
    pace_min_per_km = 5.5
    pace_mi = pace_min_per_km * convert(1, "mi", "km")
    m, s = divmod(round(pace_mi * 60), 60)
    print(f"pace {pace_min_per_km} min/km = {m}:{s:02d} min/mile")


if __name__ == "__main__":
    main()
