# Task scheduler wrapping heapq in a class with stable ordering and cancellation
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class Scheduler:
    def __init__(self):
        self._heap: list[Job] = []
        self._counter = itertools.count()
        self._by_name: dict[str, Job] = {}

    def submit(self, name: str, priority: int = 5) -> None:
        job = Job(priority, next(self._counter), name)
        self._by_name[name] = job
        heapq.heappush(self._heap, job)

    def cancel(self, name: str) -> bool:
        job = self._by_name.pop(name, None)
        if job is None:
            return False
        job.cancelled = True
        return True

    def next_job(self) -> Job:
        while self._heap:
            job = heapq.heappop(self._heap)
            if not job.cancelled:
                del self._by_name[job.name]
                return job
        raise IndexError("no jobs left")

    def __len__(self):
        return len(self._by_name)

    def __bool__(self):
        return bool(self._by_name)


sched = Scheduler()
for name, prio in [("backup", 3), ("email", 1), ("report", 3), ("cleanup", 9), ("deploy", 1), ("audit", 5)]:
    sched.submit(name, prio)
print("queued:", len(sched))
print("cancel report:", sched.cancel("report"), "| cancel ghost:", sched.cancel("ghost"))
print("queued after cancel:", len(sched))
order = []
while sched:
    job = sched.next_job()
    order.append(job.name)
    print(f"run {job.name:<8} priority={job.priority} seq={job.seq}")
print("order:", order)
try:
    sched.next_job()
except IndexError as e:
    print("IndexError:", e)
print("smallest 3 of data:", heapq.nsmallest(3, [7, 2, 9, 4, 1, 8]))
