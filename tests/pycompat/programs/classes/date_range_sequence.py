# Custom immutable sequence (like range) supporting len, indexing, slicing, reversed and 'in'
from collections.abc import Sequence


class Span(Sequence):
    """Evenly spaced integers start, start+step, ... below stop (step > 0)."""

    def __init__(self, start: int, stop: int, step: int = 1):
        if step <= 0:
            raise ValueError("step must be positive")
        self.start, self.stop, self.step = start, stop, step

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("Span index out of range")
        return self.start + index * self.step

    def __contains__(self, value):
        return (isinstance(value, int) and self.start <= value < self.stop
                and (value - self.start) % self.step == 0)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __eq__(self, other):
        return isinstance(other, Span) and list(self) == list(other)

    def __repr__(self):
        return f"Span({self.start}, {self.stop}, {self.step})"


days = Span(1, 31, 7)   # days of the month that fall on the same weekday
print(days, "->", list(days), "len", len(days))
print("first/last:", days[0], days[-1])
print("slices:", days[1:3], days[::2], days[::-1])
print("15 in days:", 15 in days, "| 16 in days:", 16 in days, "| '8' in days:", "8" in days)
print("reversed:", list(reversed(days)))
print("index/count (from Sequence mixin):", days.index(22), days.count(8))
print("sum/min/max:", sum(days), min(days), max(days))
print("empty:", list(Span(5, 5)), len(Span(10, 0)))
print("equal:", Span(0, 10, 5) == Span(0, 9, 5), Span(0, 10, 5) == Span(0, 11, 5))
hours = Span(0, 24, 3)
print("hours:", ", ".join(f"{h:02d}:00" for h in hours))
for bad in (lambda: days[10], lambda: Span(0, 10, 0), lambda: days.index(2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
