# Running totals, balances and compound growth with itertools.accumulate, operator functions and chain
import operator
from itertools import accumulate, chain, compress, starmap, takewhile, zip_longest

deposits = [500, 0, 250, 0, 0, 1000, 0, 300]
withdrawals = [0, 120, 0, 310, 95, 0, 640, 0]
net = list(map(operator.sub, deposits, withdrawals))
balance = list(accumulate(net, initial=1000))
print("net flows:", net)
print("balances :", balance)
print("lowest balance:", min(balance), "at step", balance.index(min(balance)))

growth = [1.02, 1.015, 0.98, 1.03, 1.01, 0.995]
value = list(accumulate(growth, operator.mul, initial=10000.0))
print("portfolio:", [round(v, 2) for v in value])
print(f"total return {value[-1] / value[0] - 1:.2%}")

factorials = list(accumulate(range(1, 11), operator.mul))
print("factorials:", factorials)
print("until > 1000:", list(takewhile(lambda f: f <= 1000, factorials)))
fib_pairs = list(accumulate(range(10), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1)))
print("fibonacci:", [a for a, _ in fib_pairs])

q1, q2 = ["jan", "feb", "mar"], ["apr", "may"]
revenue = [31.5, 28.0, 35.25, 40.0, 38.75]
months = list(chain(q1, q2))
for m, r, cum in zip(months, revenue, accumulate(revenue)):
    print(f"  {m}: {r:>6.2f}  ytd {cum:>7.2f}")
print("big months:", list(compress(months, [r > 33 for r in revenue])))
print("areas:", list(starmap(operator.mul, [(3, 4), (5, 6), (7, 8)])))
print("zip_longest:", list(zip_longest(q1, q2, fillvalue="-")))
running_avg = [round(s / n, 2) for n, s in enumerate(accumulate(revenue), 1)]
print("running average:", running_avg)
print("running max of balances:", list(accumulate(balance, max))[-3:])
