# Iterator protocol classes: countdown, paginated results and a cycling iterator
class Countdown:
    def __init__(self, start: int):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Paginator:
    """Iterable (not an iterator) yielding pages of a list; can be iterated many times."""

    def __init__(self, items: list, page_size: int):
        self.items = items
        self.page_size = page_size

    def __iter__(self):
        return PageIterator(self)

    def __len__(self):
        return -(-len(self.items) // self.page_size)


class PageIterator:
    def __init__(self, paginator: Paginator):
        self.p = paginator
        self.page = 0

    def __iter__(self):
        return self

    def __next__(self):
        start = self.page * self.p.page_size
        if start >= len(self.p.items):
            raise StopIteration
        self.page += 1
        return self.page, self.p.items[start:start + self.p.page_size]


cd = Countdown(5)
print("countdown:", list(cd))
print("again (exhausted):", list(cd))
it = iter(Countdown(3))
print("iter(it) is it:", iter(it) is it, "| next:", next(it), next(it), next(it), next(it, "done"))

pages = Paginator([f"item{i}" for i in range(1, 12)], page_size=4)
print("number of pages:", len(pages))
for number, page in pages:
    print(f"  page {number}: {page}")
print("second pass page numbers:", [n for n, _ in pages])

for n in Countdown(3):
    print(n, end=" ")
print("liftoff!")
print("zip two iterators:", list(zip(Countdown(4), "abcdef")))
print("sum/max:", sum(Countdown(10)), max(Countdown(7)))
print("enumerate:", list(enumerate(Countdown(3), start=1)))
