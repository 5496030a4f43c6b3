# Simulate a priority task scheduler using heapq with tie-breaking by insertion order.
import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)


class Scheduler:
    def __init__(self) -> None:
        self._heap = []
        self._counter = count()

    def submit(self, name: str, priority: int, duration: int = 1) -> None:
        heapq.heappush(self._heap, Task(priority, next(self._counter), name, duration))

    def run(self) -> None:
        clock = 0
        while self._heap:
            task = heapq.heappop(self._heap)
            start = clock
            clock += task.duration
            print(f"t={start:>2}-{clock:<2} [{task.priority}] {task.name}")
        print(f"all done at t={clock}")

    def __len__(self) -> int:
        return len(self._heap)


s = Scheduler()
s.submit("write report", 2, 3)
s.submit("fix prod bug", 0, 2)
s.submit("reply emails", 3)
s.submit("code review", 2, 2)
s.submit("deploy hotfix", 0, 1)
s.submit("lunch", 5, 1)
s.submit("standup", 1, 1)
print("queued:", len(s))
s.run()

nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print("heapified first:", nums[0])
print("pop order:", [heapq.heappop(nums) for _ in range(len(nums))])
print("merge sorted:", list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print("pushpop:", heapq.heappushpop([3, 5, 7], 4), "replace:", heapq.heapreplace([3, 5, 7], 10))
