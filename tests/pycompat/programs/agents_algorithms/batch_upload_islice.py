# Chunk a large record stream into upload batches with itertools.islice, retries per batch and a progress log
import hashlib
import itertools
from dataclasses import dataclass, field
from typing import Iterable, Iterator, List, Tuple, TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[Tuple[T, ...]]:
    if size < 1:
        raise ValueError("size must be >= 1")
    it = iter(items)
    while chunk := tuple(itertools.islice(it, size)):
        yield chunk


def records(n: int) -> Iterator[dict]:
    for i in range(n):
        yield {"id": i, "email": f"user{i}@example.com", "score": (i * 37) % 101}


@dataclass
class FlakyServer:
    fail_pattern: Iterator[bool]
    received: List[int] = field(default_factory=list)
    attempts: int = 0

    def upload(self, batch: Tuple[dict, ...]) -> str:
        self.attempts += 1
        if next(self.fail_pattern):
            raise ConnectionError(f"503 on batch starting at id {batch[0]['id']}")
        self.received.extend(r["id"] for r in batch)
        payload = "".join(r["email"] for r in batch).encode()
        return hashlib.sha1(payload).hexdigest()[:10]


server = FlakyServer(itertools.cycle([False, False, True, False, True, True, False]))
total = 0
for n, batch in enumerate(batched(records(230), 50), 1):
    for attempt in range(1, 4):
        try:
            checksum = server.upload(batch)
            total += len(batch)
            print(f"batch {n}: {len(batch):>2} records ok on attempt {attempt} checksum={checksum} ({total}/230)")
            break
        except ConnectionError as exc:
            print(f"batch {n}: attempt {attempt} failed: {exc}")
    else:
        print(f"batch {n}: giving up")

print("received all ids in order:", server.received == list(range(230)), "| attempts:", server.attempts)
print("first 3 of evens:", list(itertools.islice((r["id"] for r in records(100) if r["id"] % 2 == 0), 3)))
print("window 10..14:", [r["score"] for r in itertools.islice(records(100), 10, 15)])
print("every 25th:", [r["id"] for r in itertools.islice(records(100), 0, None, 25)])
print(list(batched("abcdefg", 3)))
try:
    list(batched([1, 2], 0))
except ValueError as exc:
    print("error:", exc)
