# Process records lazily in batches with generator pipelines.
from typing import Iterable, Iterator, List, TypeVar

T = TypeVar("T")

RAW = """id,value
1,10
2,-5
3,abc
4,22
5,17
6,
7,8
8,41
9,3
10,-1"""


def read_lines(text: str) -> Iterator[str]:
    for line in text.splitlines()[1:]:
        yield line


def parse(lines: Iterable[str]) -> Iterator[dict]:
    for line in lines:
        rid, _, val = line.partition(",")
        try:
            yield {"id": int(rid), "value": int(val)}
        except ValueError:
            print(f"  skip bad row {line!r}")


def positive(records: Iterable[dict]) -> Iterator[dict]:
    return (r for r in records if r["value"] > 0)


def batched(items: Iterable[T], size: int) -> Iterator[List[T]]:
    batch: List[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


pipeline = batched(positive(parse(read_lines(RAW))), 3)
print("pipeline object is a generator:", type(pipeline).__name__)
grand = 0
for n, batch in enumerate(pipeline, 1):
    total = sum(r["value"] for r in batch)
    grand += total
    print(f"batch {n}: ids={[r['id'] for r in batch]} total={total}")
print("grand total:", grand)


def countdown(n):
    while n > 0:
        received = yield n
        n = n - 1 if received is None else received


gen = countdown(5)
print(next(gen), next(gen), gen.send(2), next(gen))
try:
    next(gen)
except StopIteration:
    print("countdown finished")
squares = (x * x for x in range(5))
print("sum of generator:", sum(squares), "reused:", sum(squares))
