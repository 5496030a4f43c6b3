# Concurrent bank transfers: asyncio.Lock per account (ordered acquisition to avoid deadlock) keeps totals consistent
import asyncio
import random
from dataclasses import dataclass, field
from typing import Dict, List, Tuple


@dataclass
class Account:
    name: str
    balance: int
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)


class Bank:
    def __init__(self, balances: Dict[str, int]) -> None:
        self.accounts = {n: Account(n, b) for n, b in balances.items()}
        self.rejected: List[Tuple[str, str, int]] = []
        self.completed = 0

    async def transfer(self, src: str, dst: str, amount: int, unsafe: bool = False) -> None:
        a, b = self.accounts[src], self.accounts[dst]
        if unsafe:
            balance = a.balance
            await asyncio.sleep(0)
            if balance >= amount:
                a.balance = balance - amount
                await asyncio.sleep(0)
                b.balance += amount
            return
        first, second = sorted((a, b), key=lambda acc: acc.name)
        async with first.lock:
            async with second.lock:
                await asyncio.sleep(0)
                if a.balance < amount:
                    self.rejected.append((src, dst, amount))
                    return
                a.balance -= amount
                await asyncio.sleep(0)
                b.balance += amount
                self.completed += 1

    def total(self) -> int:
        return sum(acc.balance for acc in self.accounts.values())


rng = random.Random(11)
NAMES = ["alice", "bob", "carol", "dave"]
plan = [(rng.choice(NAMES), rng.choice(NAMES), rng.randint(10, 120)) for _ in range(60)]
plan = [(s, d, amt) for s, d, amt in plan if s != d]


async def run(unsafe: bool) -> Bank:
    bank = Bank({"alice": 300, "bob": 200, "carol": 150, "dave": 50})
    await asyncio.gather(*(bank.transfer(s, d, amt, unsafe) for s, d, amt in plan))
    return bank


safe = asyncio.run(run(unsafe=False))
print(f"{len(plan)} transfers planned")
print("locked:   total", safe.total(), "| completed", safe.completed, "| rejected", len(safe.rejected))
print("          balances", {n: a.balance for n, a in safe.accounts.items()})
print("          first rejections", safe.rejected[:3])
racy = asyncio.run(run(unsafe=True))
print("unlocked: total", racy.total(), "(money created or lost:", racy.total() - 700, ")")
print("negative balances allowed?", any(a.balance < 0 for a in safe.accounts.values()))
print("repr hides lock:", safe.accounts["dave"])
