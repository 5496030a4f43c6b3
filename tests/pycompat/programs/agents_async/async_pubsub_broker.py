# In-process pub/sub broker: topic subscriptions with per-subscriber asyncio.Queues, wildcards and unsubscribe
import asyncio
import fnmatch
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, DefaultDict, Dict, List, Tuple


@dataclass
class Message:
    topic: str
    payload: Any
    seq: int


@dataclass
class Broker:
    subs: Dict[str, Tuple[List[str], asyncio.Queue]] = field(default_factory=dict)
    seq: int = 0
    dropped: int = 0

    def subscribe(self, name: str, *patterns: str, maxsize: int = 0) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(maxsize)
        self.subs[name] = (list(patterns), q)
        return q

    async def unsubscribe(self, name: str) -> None:
        _, q = self.subs.pop(name)
        await q.put(None)

    def publish(self, topic: str, payload: Any) -> int:
        self.seq += 1
        delivered = 0
        for name, (patterns, q) in self.subs.items():
            if any(fnmatch.fnmatchcase(topic, p) for p in patterns):
                try:
                    q.put_nowait(Message(topic, payload, self.seq))
                    delivered += 1
                except asyncio.QueueFull:
                    self.dropped += 1
        return delivered


async def consumer(name: str, q: asyncio.Queue, received: DefaultDict[str, List[str]]) -> None:
    while (msg := await q.get()) is not None:
        received[name].append(f"#{msg.seq} {msg.topic}={msg.payload}")
        await asyncio.sleep(0)


async def main() -> None:
    broker = Broker()
    received: DefaultDict[str, List[str]] = defaultdict(list)
    specs = {"billing": ["orders.*", "refunds.*"], "audit": ["*"], "shipping": ["orders.paid"], "tiny": ["orders.*"]}
    tasks = []
    for name, pats in specs.items():
        q = broker.subscribe(name, *pats, maxsize=2 if name == "tiny" else 0)
        tasks.append(asyncio.create_task(consumer(name, q, received)))
    events = [("orders.created", 101), ("orders.paid", 101), ("users.signup", "kim"), ("orders.paid", 102),
              ("refunds.issued", 101), ("orders.created", 103)]
    for topic, payload in events:
        print(f"publish {topic:<15} -> {broker.publish(topic, payload)} subscriber(s)")
    await asyncio.sleep(0)
    await broker.unsubscribe("shipping")
    print(f"publish {'orders.paid':<15} -> {broker.publish('orders.paid', 103)} subscriber(s) after shipping left")
    for name in list(broker.subs):
        await broker.unsubscribe(name)
    await asyncio.gather(*tasks)
    for name in specs:
        print(f"{name:<8} got {len(received[name])}: {received[name]}")
    print("dropped (queue full):", broker.dropped)


asyncio.run(main())
