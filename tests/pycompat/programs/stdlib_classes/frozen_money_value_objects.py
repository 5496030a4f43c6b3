# Money and exchange rates as frozen dataclass value objects: hashing, equality, FrozenInstanceError, replace
from dataclasses import FrozenInstanceError, dataclass, field, replace
from decimal import Decimal, ROUND_HALF_EVEN
from typing import Dict, Tuple


@dataclass(frozen=True)
class Currency:
    code: str
    digits: int = 2

    def __str__(self) -> str:
        return self.code


USD, EUR, JPY = Currency("USD"), Currency("EUR"), Currency("JPY", 0)


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: Currency = field(compare=True)

    def __post_init__(self) -> None:
        q = Decimal(1).scaleb(-self.currency.digits)
        object.__setattr__(self, "amount", Decimal(self.amount).quantize(q, rounding=ROUND_HALF_EVEN))

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return replace(self, amount=self.amount + other.amount)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


@dataclass(unsafe_hash=True)
class Rate:
    pair: Tuple[str, str]
    value: Decimal = field(hash=False)


rates: Dict[Tuple[str, str], Decimal] = {("USD", "EUR"): Decimal("0.92"), ("USD", "JPY"): Decimal("151.37")}


def convert(m: Money, to: Currency) -> Money:
    return Money(m.amount * rates[(m.currency.code, to.code)], to)


wallet = [Money(Decimal("10.005"), USD), Money(Decimal("2.5"), USD), Money(Decimal("7"), EUR)]
for m in wallet:
    print(m, repr(m.amount))
print("sum usd:", wallet[0] + wallet[1])
print("in jpy:", convert(wallet[0], JPY), "in eur:", convert(wallet[1], EUR))
try:
    wallet[0] + wallet[2]
except ValueError as e:
    print("ValueError:", e)
try:
    wallet[0].amount = Decimal(0)
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del wallet[1].currency
except AttributeError as e:
    print(type(e).__name__, e)

unique = {Money(Decimal("1"), USD), Money(Decimal("1.00"), USD), Money(Decimal("1"), EUR)}
print("distinct amounts:", len(unique))
print("sorted:", [str(m) for m in sorted(m for m in wallet if m.currency == USD)])
print("currency equality:", Currency("USD") == USD, Currency("USD") is USD, hash(Currency("USD")) == hash(USD))
r1, r2 = Rate(("USD", "EUR"), Decimal("0.92")), Rate(("USD", "EUR"), Decimal("0.93"))
print("rates equal:", r1 == r2, "same hash:", hash(r1) == hash(r2))
print(repr(USD), repr(Money(Decimal(3), JPY)))
