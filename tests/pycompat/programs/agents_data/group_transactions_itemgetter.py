# Group bank transactions by account and category with itertools.groupby and operator.itemgetter.
from itertools import groupby
from operator import itemgetter, attrgetter
from collections import namedtuple
from typing import Iterable, List, Tuple

Txn = namedtuple("Txn", ["account", "category", "amount", "memo"])

TXNS: List[Txn] = [
    Txn("checking", "groceries", -54.20, "Market"),
    Txn("savings", "interest", 3.11, "Monthly interest"),
    Txn("checking", "rent", -1200.00, "April rent"),
    Txn("checking", "groceries", -23.75, "Bakery"),
    Txn("credit", "dining", -67.40, "Bistro"),
    Txn("checking", "salary", 3400.00, "Payroll"),
    Txn("credit", "groceries", -88.10, "Supermarket"),
    Txn("credit", "dining", -15.25, "Cafe"),
    Txn("savings", "transfer", 500.00, "From checking"),
    Txn("checking", "transfer", -500.00, "To savings"),
]


def summarize(txns: Iterable[Txn]) -> Tuple[int, float]:
    items = list(txns)
    return len(items), round(sum(t.amount for t in items), 2)


def main() -> None:
    ordered = sorted(TXNS, key=attrgetter("account", "category"))
    for account, acct_txns in groupby(ordered, key=attrgetter("account")):
        acct_list = list(acct_txns)
        count, total = summarize(acct_list)
        print(f"{account} ({count} txns, net {total:+.2f})")
        for category, cat_txns in groupby(acct_list, key=attrgetter("category")):
            n, subtotal = summarize(cat_txns)
            print(f"    {category:<10} x{n}  {subtotal:>9.2f}")

    as_tuples = [tuple(t) for t in TXNS]
    biggest = sorted(as_tuples, key=itemgetter(2))[:3]
    print("\nThree largest outflows:")
    for acct, cat, amount, memo in biggest:
        print(f"  {amount:>9.2f}  {memo} [{acct}/{cat}]")
    pick = itemgetter(0, 2)
    print("account+amount pairs:", [pick(t) for t in as_tuples[:3]])
    print("by memo length:", [t.memo for t in sorted(TXNS, key=lambda t: (len(t.memo), t.memo))][:4])
    print(TXNS[0]._replace(amount=0.0))
    print(TXNS[1]._asdict())


main()
