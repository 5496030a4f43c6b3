# Kanban board with Enum columns, WIP limits, card moves, blocked cards and cycle-time metrics
from collections import OrderedDict
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional


class Column(Enum):
    BACKLOG = "Backlog"
    DOING = "Doing"
    REVIEW = "Review"
    DONE = "Done"


WIP = {Column.DOING: 2, Column.REVIEW: 1}


@dataclass
class Card:
    key: str
    title: str
    column: Column = Column.BACKLOG
    started: Optional[int] = None
    finished: Optional[int] = None
    blocked: bool = False


@dataclass
class Board:
    cards: Dict[str, Card] = field(default_factory=OrderedDict)

    def add(self, key: str, title: str) -> None:
        self.cards[key] = Card(key, title)

    def in_column(self, col: Column) -> List[Card]:
        return [c for c in self.cards.values() if c.column is col]

    def move(self, key: str, to: Column, day: int) -> str:
        card = self.cards[key]
        if card.blocked:
            return f"{key} is blocked"
        limit = WIP.get(to)
        if limit is not None and len(self.in_column(to)) >= limit:
            return f"WIP limit {limit} reached in {to.value}"
        if to is Column.DOING and card.started is None:
            card.started = day
        if to is Column.DONE:
            card.finished = day
        card.column = to
        return f"{key} -> {to.value}"


board = Board()
for i, title in enumerate(["login page", "db schema", "api auth", "rate limits", "docs"], 1):
    board.add(f"K-{i}", title)
moves = [(1, "K-1", Column.DOING), (1, "K-2", Column.DOING), (2, "K-3", Column.DOING), (3, "K-1", Column.REVIEW),
         (3, "K-3", Column.DOING), (4, "K-2", Column.REVIEW), (5, "K-1", Column.DONE), (5, "K-2", Column.REVIEW),
         (6, "K-4", Column.DOING), (8, "K-2", Column.DONE), (9, "K-3", Column.REVIEW)]
board.cards["K-4"].blocked = True
for day, key, col in moves:
    print(f"day {day}: {board.move(key, col, day)}")
board.cards["K-4"].blocked = False
print(f"day 9: {board.move('K-4', Column.DOING, 9)}")
print()
for col in Column:
    cards = board.in_column(col)
    print(f"{col.value:<8}({len(cards)}): {', '.join(c.key for c in cards) or '-'}")
done = [c for c in board.cards.values() if c.finished is not None]
times = {c.key: c.finished - c.started for c in done}
print("cycle times:", times, "avg:", sum(times.values()) / len(times))
