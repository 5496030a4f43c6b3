# SaaS subscription billing: plan tiers, mid-cycle upgrades/downgrades with day-based proration and credits
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import List, Tuple


class Plan(Enum):
    FREE = 0
    STARTER = 1900
    PRO = 4900
    TEAM = 9900

    @property
    def monthly(self) -> float:
        return self.value / 100


@dataclass
class Subscription:
    customer: str
    plan: Plan
    period_start: date
    period_days: int = 30
    ledger: List[Tuple[str, float]] = field(default_factory=list)

    @property
    def period_end(self) -> date:
        return self.period_start + timedelta(days=self.period_days)

    def change_plan(self, new: Plan, on: date) -> float:
        if not self.period_start <= on < self.period_end:
            raise ValueError(f"{on} outside current period {self.period_start}..{self.period_end}")
        remaining = (self.period_end - on).days / self.period_days
        credit = round(self.plan.monthly * remaining, 2)
        charge = round(new.monthly * remaining, 2)
        self.ledger.append((f"credit unused {self.plan.name}", -credit))
        self.ledger.append((f"prorated {new.name}", charge))
        delta = round(charge - credit, 2)
        self.plan = new
        return delta

    def renew(self) -> None:
        self.period_start = self.period_end
        self.ledger.append((f"renewal {self.plan.name} {self.period_start}", self.plan.monthly))

    def balance(self) -> float:
        return round(sum(amount for _, amount in self.ledger), 2)


sub = Subscription("acme", Plan.STARTER, date(2024, 1, 1))
sub.ledger.append(("initial STARTER", Plan.STARTER.monthly))
for plan, day in [(Plan.PRO, date(2024, 1, 11)), (Plan.TEAM, date(2024, 1, 25)), (Plan.STARTER, date(2024, 3, 1))]:
    try:
        delta = sub.change_plan(plan, day)
        print(f"{day}: switch to {plan.name:<7} -> {'charge' if delta >= 0 else 'credit'} {abs(delta):.2f}")
    except ValueError as exc:
        print("rejected:", exc)
sub.renew()
print(f"{sub.period_start + timedelta(days=5)}: downgrade -> {sub.change_plan(Plan.FREE, sub.period_start + timedelta(days=5)):+.2f}")
print("\nledger:")
for text, amount in sub.ledger:
    print(f"  {text:<28}{amount:>9.2f}")
print(f"balance due: {sub.balance():.2f}; current plan {sub.plan.name}; period ends {sub.period_end:%Y-%m-%d}")
