# Support-ticket workflow as an Enum state machine: auto values, methods, properties, lookups and _missing_
from enum import Enum, auto, unique
from typing import Dict, List, Set


@unique
class State(Enum):
    NEW = auto()
    TRIAGED = auto()
    IN_PROGRESS = auto()
    WAITING = auto()
    RESOLVED = auto()
    CLOSED = auto()

    @property
    def is_open(self) -> bool:
        return self not in (State.RESOLVED, State.CLOSED)

    def can_go(self, other: "State") -> bool:
        return other in TRANSITIONS[self]

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            key = value.strip().upper().replace(" ", "_").replace("-", "_")
            if key in cls.__members__:
                return cls[key]
        return None


class Priority(Enum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    URGENT = 1  # alias of HIGH

    def __lt__(self, other: "Priority") -> bool:
        return self.value > other.value


TRANSITIONS: Dict[State, Set[State]] = {
    State.NEW: {State.TRIAGED, State.CLOSED},
    State.TRIAGED: {State.IN_PROGRESS, State.CLOSED},
    State.IN_PROGRESS: {State.WAITING, State.RESOLVED},
    State.WAITING: {State.IN_PROGRESS, State.CLOSED},
    State.RESOLVED: {State.CLOSED, State.IN_PROGRESS},
    State.CLOSED: set(),
}

events = ["triaged", "in progress", "waiting", "In-Progress", "resolved", "new", "closed", "reopened"]
state = State.NEW
history: List[State] = [state]
for ev in events:
    try:
        target = State(ev)
    except ValueError as e:
        print("bad event:", e)
        continue
    if state.can_go(target):
        state = target
        history.append(state)
        print(f"-> {state.name:<12} open={state.is_open}")
    else:
        print(f"!! {state.name} cannot go to {target.name}")

print("path:", " > ".join(s.name for s in history))
print("values:", [(s.name, s.value) for s in State])
print("lookup:", State(3), State["WAITING"], repr(State.CLOSED), str(State.NEW), f"{State.TRIAGED}")
print("members:", len(State), State.NEW in State, list(State.__members__)[:3])
print("priority alias:", Priority.URGENT is Priority.HIGH, Priority(1).name, list(Priority.__members__))
print("sorted:", sorted([Priority.LOW, Priority.HIGH, Priority.NORMAL]))
print("open states:", [s.name for s in State if s.is_open])
counts = {s: 0 for s in State}
for s in history:
    counts[s] += 1
print("visits:", {s.name: n for s, n in counts.items() if n})
print("identity:", State.NEW == State.NEW, State.NEW == 1, State.NEW is State(1), hash(State.NEW) == hash(State(1)))
try:
    State.NEW = 5
except AttributeError as e:
    print("AttributeError:", e)
