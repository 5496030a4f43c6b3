# Support ticket triage: order=True dataclasses with compare=False fields in a heapq priority queue
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import List


class Severity(IntEnum):
    CRITICAL = 1
    HIGH = 2
    MEDIUM = 3
    LOW = 4


_counter = itertools.count()


@dataclass(order=True)
class Ticket:
    severity: Severity
    seq: int = field(default_factory=lambda: next(_counter))
    title: str = field(default="", compare=False)
    customer: str = field(default="", compare=False)


class TriageQueue:
    def __init__(self) -> None:
        self._heap: List[Ticket] = []

    def submit(self, severity: Severity, title: str, customer: str) -> Ticket:
        t = Ticket(severity, title=title, customer=customer)
        heapq.heappush(self._heap, t)
        return t

    def escalate(self, title: str) -> None:
        for i, t in enumerate(self._heap):
            if t.title == title and t.severity > Severity.CRITICAL:
                self._heap[i] = Ticket(Severity(t.severity - 1), t.seq, t.title, t.customer)
                heapq.heapify(self._heap)
                return
        raise LookupError(title)

    def next(self) -> Ticket:
        return heapq.heappop(self._heap)

    def __len__(self) -> int:
        return len(self._heap)


q = TriageQueue()
q.submit(Severity.LOW, "Typo on pricing page", "acme")
q.submit(Severity.HIGH, "Checkout slow", "globex")
q.submit(Severity.MEDIUM, "Export CSV wrong encoding", "initech")
q.submit(Severity.CRITICAL, "Site down in EU", "umbrella")
q.submit(Severity.HIGH, "Password reset email missing", "acme")
q.submit(Severity.MEDIUM, "Dark mode contrast", "hooli")
q.escalate("Export CSV wrong encoding")
try:
    q.escalate("Nonexistent")
except LookupError as exc:
    print("cannot escalate:", exc)

print("queue size:", len(q))
agents = itertools.cycle(["sam", "kim", "raj"])
while q:
    t = q.next()
    print(f"{next(agents):<4} takes [{t.severity.name:<8}] #{t.seq} {t.title} ({t.customer})")
print(Severity.HIGH < Severity.LOW, Severity(3).name, int(Severity.CRITICAL), sorted(Severity)[-1])
