# Particle simulation step using __slots__ classes to save memory
class Particle:
    __slots__ = ("x", "y", "vx", "vy", "mass")

    def __init__(self, x, y, vx, vy, mass=1.0):
        self.x, self.y, self.vx, self.vy, self.mass = x, y, vx, vy, mass

    def step(self, dt: float, gravity: float = -9.8) -> None:
        self.vy += gravity * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy * 0.8

    @property
    def kinetic_energy(self) -> float:
        return 0.5 * self.mass * (self.vx ** 2 + self.vy ** 2)

    def __repr__(self):
        return f"Particle(x={self.x:.2f}, y={self.y:.2f}, vx={self.vx:.2f}, vy={self.vy:.2f})"


class ChargedParticle(Particle):
    __slots__ = ("charge",)

    def __init__(self, *args, charge=1.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.charge = charge


particles = [Particle(0, 10, 1, 0), Particle(5, 2, -0.5, 3, mass=2), ChargedParticle(1, 1, 0, 0, charge=-1)]
print("slots:", Particle.__slots__, ChargedParticle.__slots__)
for step in range(3):
    for p in particles:
        p.step(0.5)
    print(f"step {step}:", particles)

for p in particles:
    print(f"{type(p).__name__:<16} KE={p.kinetic_energy:.3f}")

try:
    particles[0].color = "red"
except AttributeError:
    print("Particle has no __dict__, cannot add 'color'")
print("has __dict__:", hasattr(particles[0], "__dict__"))
print("charge:", particles[2].charge)
