# Running totals, balances and flattened streams with accumulate, chain, islice and more.
from itertools import accumulate, chain, islice, count, cycle, repeat, takewhile, dropwhile, pairwise, starmap
import operator

deposits = [100, -20, 50, -75, 200, -10]
balances = list(accumulate(deposits))
print("running balance:", balances)
print("running max:", list(accumulate(deposits, max)))
print("running product:", list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print("with initial:", list(accumulate([1, 2, 3], initial=100)))
print("lowest balance:", min(balances), "at step", balances.index(min(balances)) + 1)

week1 = ["mon", "tue"]
week2 = ("wed",)
print("chain:", list(chain(week1, week2, ["thu", "fri"])))
print("chain.from_iterable:", list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print("islice:", list(islice(count(10, 5), 4)))
print("cycle:", list(islice(cycle("AB"), 5)))
print("repeat:", list(repeat("x", 3)))
print("takewhile <5:", list(takewhile(lambda x: x < 5, [1, 3, 5, 2, 1])))
print("dropwhile <5:", list(dropwhile(lambda x: x < 5, [1, 3, 5, 2, 1])))
print("pairwise:", list(pairwise([1, 4, 9, 16])))
print("starmap pow:", list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print("zip with count:", list(zip(count(1), "abc")))
print("first 10 triangular numbers:", list(islice(accumulate(count(1)), 10)))
