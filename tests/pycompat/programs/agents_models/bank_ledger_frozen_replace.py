# Immutable account snapshots: frozen dataclasses updated with dataclasses.replace and an audit list
from dataclasses import dataclass, replace, field
from typing import List, Tuple


class InsufficientFunds(Exception):
    def __init__(self, account: str, balance: int, amount: int):
        super().__init__(f"{account}: balance {balance} < {amount}")
        self.shortfall = amount - balance


@dataclass(frozen=True)
class Account:
    number: str
    owner: str
    balance_cents: int = 0
    version: int = 0
    tags: Tuple[str, ...] = field(default=())

    def deposit(self, cents: int) -> "Account":
        if cents <= 0:
            raise ValueError("deposit must be positive")
        return replace(self, balance_cents=self.balance_cents + cents, version=self.version + 1)

    def withdraw(self, cents: int) -> "Account":
        if cents > self.balance_cents:
            raise InsufficientFunds(self.number, self.balance_cents, cents)
        return replace(self, balance_cents=self.balance_cents - cents, version=self.version + 1)

    def __str__(self) -> str:
        return f"{self.number} ({self.owner}) ${self.balance_cents / 100:,.2f} v{self.version}"


history: List[Account] = []
acct = Account("CHK-001", "Priya")
history.append(acct)
operations = [("deposit", 150000), ("withdraw", 42550), ("withdraw", 200000), ("deposit", -5), ("deposit", 999)]
for op, cents in operations:
    try:
        acct = getattr(acct, op)(cents)
        history.append(acct)
        print(f"{op:>8} {cents:>7}: {acct}")
    except InsufficientFunds as exc:
        print(f"{op:>8} {cents:>7}: rejected ({exc}; short by {exc.shortfall})")
    except ValueError as exc:
        print(f"{op:>8} {cents:>7}: invalid ({exc})")

print("versions kept:", [a.version for a in history])
print("first snapshot untouched:", history[0])
vip = replace(acct, tags=acct.tags + ("vip",))
print(repr(vip))
print("equal ignoring tags?", replace(vip, tags=()) == acct)
print("hashable:", len({history[0], history[0], acct}))
try:
    replace(acct, overdraft=True)
except TypeError as exc:
    print("TypeError raised for unknown field")
