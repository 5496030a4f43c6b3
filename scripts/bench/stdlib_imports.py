# The imports LLM-written code starts with, then a small program using them:
# the bench's "fresh sandbox + standard library" row.
import typing, dataclasses, datetime, collections, itertools, functools, re, json
from dataclasses import dataclass
from typing import List


@dataclass
class Order:
    id: int
    day: datetime.date
    items: List[str]


orders = [Order(i, datetime.date(2024, 1, 1 + i % 28), ["a", "b", "c"][: 1 + i % 3]) for i in range(20)]
counts = collections.Counter(item for o in orders for item in o.items)
by_day = {d: len(list(g)) for d, g in itertools.groupby(sorted(o.day for o in orders))}
total = functools.reduce(lambda a, o: a + len(o.items), orders, 0)
words = re.findall(r"\w+", "the quick brown fox")
print(json.dumps({"counts": counts, "days": len(by_day), "total": total, "words": words}, sort_keys=True))
