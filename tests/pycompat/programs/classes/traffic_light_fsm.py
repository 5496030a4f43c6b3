# State machine for a traffic light controller using enum.Enum
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()


class InvalidTransition(Exception):
    pass


class TrafficLight:
    TRANSITIONS = {
        Light.RED: Light.GREEN,
        Light.GREEN: Light.YELLOW,
        Light.YELLOW: Light.RED,
    }
    DURATIONS = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}

    def __init__(self):
        self.state = Light.RED
        self.elapsed = 0
        self.history: list[Light] = [self.state]

    def advance(self) -> Light:
        self.elapsed += self.DURATIONS[self.state]
        self.state = self.TRANSITIONS[self.state]
        self.history.append(self.state)
        return self.state

    def force(self, target: Light) -> None:
        if target is Light.GREEN and self.state is Light.YELLOW:
            raise InvalidTransition(f"cannot go from {self.state.name} to {target.name}")
        self.state = target
        self.history.append(target)


tl = TrafficLight()
print("Start:", tl.state, tl.state.name, tl.state.value)
for _ in range(4):
    new = tl.advance()
    print(f"-> {new.name:<6} (elapsed {tl.elapsed}s)")

try:
    tl.force(Light.GREEN)
except InvalidTransition as e:
    print("Refused:", e)
tl.force(Light.RED)
print("History:", " > ".join(s.name for s in tl.history))
print("All states:", [s.name for s in Light])
print("Lookup by name:", Light["YELLOW"], "by value:", Light(2))
print("Light.RED == Light.RED:", Light.RED == Light.RED, "| is member:", isinstance(Light.RED, Light))
counts = {s.name: tl.history.count(s) for s in Light}
print(counts)
