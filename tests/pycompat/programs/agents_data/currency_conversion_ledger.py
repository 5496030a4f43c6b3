# Convert a multi-currency expense ledger to a base currency with Decimal rates and banker's rounding.
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, getcontext, localcontext
from typing import Dict, List

RATES_TO_USD: Dict[str, Decimal] = {
    "USD": Decimal("1"), "EUR": Decimal("1.0862"), "GBP": Decimal("1.2710"),
    "JPY": Decimal("0.006712"), "CHF": Decimal("1.1275"), "INR": Decimal("0.012021"),
}
MINOR_UNITS = {"USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "CHF": 2, "INR": 2}


@dataclass
class Expense:
    who: str
    currency: str
    amount: Decimal
    memo: str


LEDGER: List[Expense] = [
    Expense("kai", "EUR", Decimal("149.90"), "Berlin hotel"),
    Expense("kai", "JPY", Decimal("12800"), "Tokyo dinner"),
    Expense("lena", "GBP", Decimal("64.35"), "London train"),
    Expense("lena", "CHF", Decimal("22.50"), "Zurich taxi"),
    Expense("omar", "INR", Decimal("4150.00"), "Bangalore lunch"),
    Expense("omar", "USD", Decimal("310.00"), "Conference fee"),
    Expense("kai", "EUR", Decimal("0.005"), "rounding probe"),
]


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-MINOR_UNITS[currency])


def convert(amount: Decimal, src: str, dst: str) -> Decimal:
    usd = amount * RATES_TO_USD[src]
    return (usd / RATES_TO_USD[dst]).quantize(quantum(dst), rounding=ROUND_HALF_EVEN)


def main() -> None:
    per_person: Dict[str, Decimal] = defaultdict(Decimal)
    for e in LEDGER:
        usd = convert(e.amount, e.currency, "USD")
        per_person[e.who] += usd
        print(f"{e.who:<5} {e.amount:>10} {e.currency}  = {usd:>8} USD  ({e.memo})")
    for who, total in sorted(per_person.items()):
        print(f"{who}: {total} USD = {convert(total, 'USD', 'EUR')} EUR = {convert(total, 'USD', 'JPY')} JPY")
    grand = sum(per_person.values(), Decimal(0))
    print("grand total:", grand, "| precision:", getcontext().prec)
    half = Decimal("2.665")
    print("half-even vs half-up:", half.quantize(Decimal("0.01"), ROUND_HALF_EVEN), half.quantize(Decimal("0.01"), ROUND_HALF_UP),
          "| float round:", round(2.665, 2))
    with localcontext() as ctx:
        ctx.prec = 6
        print("6-digit context:", Decimal(1) / Decimal(7), "| cross rate EUR/GBP:", RATES_TO_USD["EUR"] / RATES_TO_USD["GBP"])
    print("default context:", Decimal(1) / Decimal(7))
    print("quanta:", [str(quantum(c)) for c in ("USD", "JPY")], Decimal("1234.5").quantize(quantum("JPY")))


main()
