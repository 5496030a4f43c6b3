# Splitting group trip expenses: Fraction-exact shares, net balances and a minimal settle-up plan
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Dict, List, Optional, Tuple


@dataclass
class Expense:
    payer: str
    amount: Fraction
    description: str
    participants: List[str] = field(default_factory=list)
    weights: Optional[Dict[str, int]] = None

    def shares(self) -> Dict[str, Fraction]:
        weights = self.weights or {p: 1 for p in self.participants}
        total_w = sum(weights.values())
        return {p: self.amount * w / total_w for p, w in weights.items()}


def money(x: Fraction) -> str:
    return f"{float(x):.2f}"


PEOPLE = ["ana", "ben", "cam", "dia"]
expenses = [
    Expense("ana", Fraction("240.00"), "cabin", PEOPLE),
    Expense("ben", Fraction("87.45"), "groceries", PEOPLE),
    Expense("cam", Fraction("60"), "kayaks", ["ana", "cam", "dia"]),
    Expense("dia", Fraction("100"), "fuel", weights={"ana": 2, "ben": 1, "dia": 1}),
    Expense("ana", Fraction("33.33"), "snacks", ["ben", "cam"]),
]
balance: Dict[str, Fraction] = defaultdict(Fraction)
for e in expenses:
    balance[e.payer] += e.amount
    for person, share in e.shares().items():
        balance[person] -= share
    print(f"{e.description:<10} {money(e.amount):>7} by {e.payer}: " +
          ", ".join(f"{p} {money(s)}" for p, s in e.shares().items()))

print("\nnet balances (exact sum = %s):" % sum(balance.values()))
for person in PEOPLE:
    print(f"  {person}: {money(balance[person]):>8}  ({balance[person]})")


def settle(bal: Dict[str, Fraction]) -> List[Tuple[str, str, Fraction]]:
    creditors = sorted(((v, p) for p, v in bal.items() if v > 0), reverse=True)
    debtors = sorted(((-v, p) for p, v in bal.items() if v < 0), reverse=True)
    plan = []
    while creditors and debtors:
        (c_amt, c), (d_amt, d) = creditors[0], debtors[0]
        pay = min(c_amt, d_amt)
        plan.append((d, c, pay))
        creditors[0], debtors[0] = (c_amt - pay, c), (d_amt - pay, d)
        creditors = sorted((x for x in creditors if x[0] > 0), reverse=True)
        debtors = sorted((x for x in debtors if x[0] > 0), reverse=True)
    return plan


print("\nsettle up:")
for debtor, creditor, amount in settle(balance):
    print(f"  {debtor} pays {creditor} {money(amount)}")
