# Snapshot and branch a game state with copy.copy / copy.deepcopy, including shared and self-referencing objects.
import copy
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Unit:
    name: str
    hp: int
    pos: List[int]
    target: Optional["Unit"] = None


@dataclass
class Board:
    turn: int
    units: List[Unit] = field(default_factory=list)
    log: List[str] = field(default_factory=list)
    meta: Dict[str, object] = field(default_factory=dict)


knight = Unit("knight", 30, [0, 0])
orc = Unit("orc", 25, [3, 4], target=knight)
knight.target = orc  # a cycle: knight <-> orc
board = Board(1, [knight, orc], ["start"])
board.meta["self"] = board  # the board refers to itself

shallow = copy.copy(board)
deep = copy.deepcopy(board)

deep.units[0].hp -= 10
deep.units[0].pos[0] = 9
deep.log.append("deep move")
shallow.log.append("shallow move")
shallow.turn = 2

print("original knight:", board.units[0].hp, board.units[0].pos)
print("deep knight:", deep.units[0].hp, deep.units[0].pos)
print("log shared with shallow:", board.log is shallow.log, board.log)
print("deep log:", deep.log)
print("turns:", board.turn, shallow.turn, deep.turn)
print("cycle preserved:", deep.units[0].target.target is deep.units[0])
print("cycle is new:", deep.units[1] is not orc, deep.units[1].target is deep.units[0])
print("self reference:", deep.meta["self"] is deep, shallow.meta["self"] is board)

memo: Dict[int, object] = {}
first = copy.deepcopy(knight, memo)
again = copy.deepcopy(knight, memo)
print("memo reuse:", first is again, first.target.name)


class Inventory:
    def __init__(self, items: List[str]) -> None:
        self.items = items
        self.version = 1

    def __copy__(self) -> "Inventory":
        clone = Inventory(list(self.items))
        clone.version = self.version + 1
        return clone

    def __deepcopy__(self, memo) -> "Inventory":
        clone = Inventory(copy.deepcopy(self.items, memo))
        clone.version = 100
        return clone


inv = Inventory(["sword", "potion"])
c1, c2 = copy.copy(inv), copy.deepcopy(inv)
c1.items.append("shield")
print("inventory:", inv.items, c1.items, c1.version, c2.version)

grid = [[0] * 3] * 2
print("aliased rows:", grid[0] is grid[1], "-> deep copy keeps aliasing:", (g := copy.deepcopy(grid))[0] is g[1])
nested = {"a": [1, {"b": (2, [3])}]}
clone = copy.deepcopy(nested)
clone["a"][1]["b"][1].append(4)
print(nested, clone)
