# Three-stage async ETL pipeline (extract -> transform -> load) connected by bounded queues with sentinels
import asyncio
import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

RAW_LINES = [
    '{"id": 1, "name": "  Widget ", "price": "19.99", "qty": 3}',
    '{"id": 2, "name": "Gadget", "price": "5", "qty": 10}',
    'not json at all',
    '{"id": 3, "name": "Doohickey", "price": "abc", "qty": 1}',
    '{"id": 4, "name": "gizmo", "price": "7.25", "qty": 0}',
    '{"id": 5, "name": "Sprocket", "price": "2.50", "qty": 40}',
    '{"id": 6, "name": "Flange", "price": "12.00", "qty": 2}',
]
DONE = None


@dataclass
class Metrics:
    extracted: int = 0
    transformed: int = 0
    loaded: int = 0
    rejected: List[str] = field(default_factory=list)
    max_depth: Dict[str, int] = field(default_factory=dict)


async def extract(out: asyncio.Queue, m: Metrics) -> None:
    for n, line in enumerate(RAW_LINES, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            m.rejected.append(f"line {n}: invalid JSON")
            continue
        await out.put(record)
        m.extracted += 1
        m.max_depth["raw"] = max(m.max_depth.get("raw", 0), out.qsize())
    await out.put(DONE)


async def transform(inp: asyncio.Queue, out: asyncio.Queue, m: Metrics) -> None:
    while (rec := await inp.get()) is not DONE:
        try:
            price = float(rec["price"])
        except ValueError:
            m.rejected.append(f"id {rec['id']}: bad price {rec['price']!r}")
            continue
        clean = {"id": rec["id"], "name": rec["name"].strip().title(), "value": round(price * rec["qty"], 2)}
        await asyncio.sleep(0)
        await out.put(clean)
        m.transformed += 1
        m.max_depth["clean"] = max(m.max_depth.get("clean", 0), out.qsize())
    await out.put(DONE)


async def load(inp: asyncio.Queue, table: List[Dict[str, Any]], m: Metrics) -> None:
    while (rec := await inp.get()) is not DONE:
        if rec["value"] == 0:
            m.rejected.append(f"id {rec['id']}: zero value skipped")
            continue
        table.append(rec)
        m.loaded += 1


async def main(maxsize: int) -> Optional[List[Dict[str, Any]]]:
    raw, clean = asyncio.Queue(maxsize=maxsize), asyncio.Queue(maxsize=maxsize)
    table: List[Dict[str, Any]] = []
    m = Metrics()
    await asyncio.gather(extract(raw, m), transform(raw, clean, m), load(clean, table, m))
    print(f"maxsize={maxsize}: extracted={m.extracted} transformed={m.transformed} loaded={m.loaded} "
          f"peak depths={m.max_depth}")
    return table, m


table, metrics = asyncio.run(main(2))
for row in table:
    print("  ", row)
print("rejected:", *metrics.rejected, sep="\n   ")
print("total value:", round(sum(r["value"] for r in table), 2))
asyncio.run(main(0))
