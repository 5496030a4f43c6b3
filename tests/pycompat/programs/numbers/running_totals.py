# Bank account ledger with running balances using itertools.accumulate.
from itertools import accumulate
import operator

transactions = [
    ("2024-01-01", "opening deposit", 1500.00),
    ("2024-01-03", "groceries", -82.37),
    ("2024-01-05", "rent", -950.00),
    ("2024-01-10", "salary", 2840.55),
    ("2024-01-12", "coffee", -4.75),
    ("2024-01-15", "utilities", -121.09),
    ("2024-01-20", "refund", 39.99),
    ("2024-01-28", "savings transfer", -1000.00),
]

amounts = [t[2] for t in transactions]
balances = list(accumulate(amounts))
print(f"{'date':<11}{'description':<18}{'amount':>10}{'balance':>11}")
for (date, desc, amount), bal in zip(transactions, balances):
    print(f"{date:<11}{desc:<18}{amount:>10.2f}{bal:>11.2f}")
print("raw final balance:", balances[-1], "rounded:", round(balances[-1], 2))
print("lowest balance:", min(balances), "highest:", max(balances))
print("deposits:", round(sum(a for a in amounts if a > 0), 2), "withdrawals:", round(sum(a for a in amounts if a < 0), 2))
print("running max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print("running product:", list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print("with initial:", list(accumulate([10, 20, 30], initial=100)))
cents = list(accumulate(round(a * 100) for a in amounts))
print("exact cents:", cents[-1], "->", f"{cents[-1] / 100:.2f}")
