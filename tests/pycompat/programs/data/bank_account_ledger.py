# Process a bank ledger with deposits, withdrawals and overdraft errors.
from dataclasses import dataclass
from typing import List, Tuple


class InsufficientFunds(Exception):
    def __init__(self, needed: float, available: float):
        super().__init__(f"needed {needed:.2f}, only {available:.2f} available")
        self.needed = needed
        self.available = available


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance = round(self.balance + amount, 2)

    def withdraw(self, amount: float) -> None:
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance = round(self.balance - amount, 2)


ledger: List[Tuple[str, str, float]] = [
    ("alice", "deposit", 500), ("bob", "deposit", 120.5), ("alice", "withdraw", 75.25),
    ("bob", "withdraw", 200), ("carol", "deposit", 0), ("alice", "withdraw", 424.75),
    ("bob", "deposit", 0.1), ("bob", "deposit", 0.2), ("alice", "withdraw", 0.01),
]

accounts = {}
failures = 0
for owner, action, amount in ledger:
    acct = accounts.setdefault(owner, Account(owner))
    try:
        getattr(acct, action)(amount)
        print(f"{owner:6} {action:9} {amount:>8.2f} -> balance {acct.balance:>8.2f}")
    except InsufficientFunds as e:
        failures += 1
        print(f"{owner:6} {action:9} {amount:>8.2f} -> DECLINED ({e})")
    except ValueError as e:
        failures += 1
        print(f"{owner:6} {action:9} {amount:>8.2f} -> error: {e}")

print("final balances:")
for acct in sorted(accounts.values(), key=lambda a: a.balance, reverse=True):
    print(f"  {acct}")
print("failures:", failures)
print("0.1 + 0.2 =", 0.1 + 0.2, "rounded:", round(0.1 + 0.2, 2))
