# Money value object with Decimal, currency checks, arithmetic and allocation
from decimal import Decimal, ROUND_HALF_UP


class CurrencyMismatch(Exception):
    pass


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency: str = "USD"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def _check(self, other: "Money") -> None:
        if not isinstance(other, Money):
            raise TypeError("can only combine Money with Money")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")

    def __add__(self, other):
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other):
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return self.amount != 0

    def allocate(self, ratios: list[int]) -> list["Money"]:
        cents = int(self.amount * 100)
        total = sum(ratios)
        shares = [cents * r // total for r in ratios]
        for i in range(cents - sum(shares)):
            shares[i] += 1
        return [Money(Decimal(s) / 100, self.currency) for s in shares]

    def __repr__(self):
        return f"Money('{self.amount}', '{self.currency}')"

    def __str__(self):
        return f"{self.amount:,} {self.currency}"


price = Money("19.99")
tax = price * 0.0825
print("price:", price, "tax:", tax, "total:", price + tax)
print(repr(Money(0.1) + Money(0.2)))
print("0.1 + 0.2 == 0.3:", Money(0.1) + Money(0.2) == Money(0.3))
print("split 100 three ways:", Money(100).allocate([1, 1, 1]))
print("split 10 by 70/30:", [str(m) for m in Money(10).allocate([70, 30])])
try:
    Money(5, "EUR") + Money(5, "USD")
except CurrencyMismatch as e:
    print("CurrencyMismatch:", e)
wallet = [Money(12.5), Money(3), Money(250.75), Money(0)]
print("sorted:", sorted(wallet))
print("non-zero:", [str(m) for m in wallet if m])
print("big:", Money(1234567.891))
