# Turn-based game state with copy.deepcopy snapshots for undo and what-if simulation
import copy
import random
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Unit:
    name: str
    hp: int
    attack: int
    pos: List[int]


@dataclass
class GameState:
    turn: int = 0
    units: Dict[str, Unit] = field(default_factory=dict)
    log: List[str] = field(default_factory=list)

    def move(self, name: str, dx: int, dy: int) -> None:
        u = self.units[name]
        u.pos[0] += dx
        u.pos[1] += dy
        self.log.append(f"t{self.turn}: {name} -> {tuple(u.pos)}")

    def strike(self, attacker: str, target: str, rng: random.Random) -> None:
        dmg = self.units[attacker].attack + rng.randint(-2, 2)
        t = self.units[target]
        t.hp = max(0, t.hp - dmg)
        self.log.append(f"t{self.turn}: {attacker} hits {target} for {dmg} (hp {t.hp})")
        if t.hp == 0:
            del self.units[target]
            self.log.append(f"t{self.turn}: {target} defeated")

    def end_turn(self) -> None:
        self.turn += 1

@contextmanager
def transaction(state: GameState):
    backup = copy.deepcopy(state)
    try:
        yield state
    except Exception:
        state.__dict__.update(backup.__dict__)
        raise


rng = random.Random(2024)
state = GameState(units={"knight": Unit("knight", 30, 7, [0, 0]), "orc": Unit("orc", 22, 6, [3, 1]),
                         "archer": Unit("archer", 18, 5, [1, 4])})
undo_stack: List[GameState] = []
script = [("move", "knight", 1, 1), ("strike", "knight", "orc"), ("strike", "orc", "knight"),
          ("move", "archer", 0, -2), ("strike", "archer", "orc"), ("strike", "knight", "orc")]
for action in script:
    undo_stack.append(copy.deepcopy(state))
    if action[0] == "move":
        state.move(*action[1:])
    else:
        state.strike(action[1], action[2], rng)
    state.end_turn()
print("\n".join(state.log))

what_if = copy.deepcopy(undo_stack[3])
shallow = copy.copy(what_if)
what_if.move("archer", 5, 5)
print("\nwhat-if archer:", what_if.units["archer"].pos, "| shallow copy sees:", shallow.units["archer"].pos,
      "| real:", state.units["archer"].pos)

for _ in range(2):
    state = undo_stack.pop()
print("after 2 undos: turn", state.turn, {n: u.hp for n, u in state.units.items()})
print("log length:", len(state.log), "| last:", state.log[-1])
print("snapshots independent:", undo_stack[0].units["knight"].pos, state.units["knight"].pos)
with suppress(KeyError), transaction(state):
    state.move("knight", 2, 2)
    state.strike("ghost", "knight", rng)
print("failed transaction rolled back:", state.units["knight"].pos, len(state.log))
