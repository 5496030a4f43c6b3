# Immutable RGB color as a tuple subclass created with __new__, with parsing and blending
class Color(tuple):
    __slots__ = ()

    def __new__(cls, r: int, g: int, b: int):
        for name, v in zip("rgb", (r, g, b)):
            if not 0 <= v <= 255:
                raise ValueError(f"{name} component out of range: {v}")
        return super().__new__(cls, (r, g, b))

    @classmethod
    def from_hex(cls, code: str) -> "Color":
        code = code.lstrip("#")
        if len(code) == 3:
            code = "".join(ch * 2 for ch in code)
        return cls(*(int(code[i:i + 2], 16) for i in (0, 2, 4)))

    @property
    def r(self):
        return self[0]

    @property
    def g(self):
        return self[1]

    @property
    def b(self):
        return self[2]

    def to_hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self)

    def blend(self, other: "Color", t: float = 0.5) -> "Color":
        return Color(*(round(a + (b - a) * t) for a, b in zip(self, other)))

    @property
    def luminance(self) -> float:
        return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b

    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"


red = Color(255, 0, 0)
teal = Color.from_hex("#008080")
white = Color.from_hex("fff")
print(red, teal, white)
print("hex:", red.to_hex(), teal.to_hex(), white.to_hex())
print("blend red/teal:", red.blend(teal), red.blend(teal).to_hex())
print("gradient:", [red.blend(white, t / 4).to_hex() for t in range(5)])
print("is tuple:", isinstance(red, tuple), "| len:", len(red), "| unpack:", *teal)
print("equal to plain tuple:", red == (255, 0, 0), "| hashable:", {red: "red"}[Color(255, 0, 0)])
palette = [Color.from_hex(h) for h in ("#336699", "#ffcc00", "#222222", "#e0e0e0")]
for c in sorted(palette, key=lambda c: c.luminance):
    print(f"  {c.to_hex()} luminance={c.luminance:7.2f}")
for bad in ((256, 0, 0), (0, -1, 0)):
    try:
        Color(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    red.r = 10
except AttributeError:
    print("components are read-only")
