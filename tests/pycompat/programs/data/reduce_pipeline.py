# Compose data transformations with functools.reduce, partial and operator helpers.
from functools import reduce, partial
import operator

numbers = [3, 8, 1, 9, 4, 7]
print("sum via reduce:", reduce(operator.add, numbers))
print("product:", reduce(lambda a, b: a * b, numbers, 1))
print("max via reduce:", reduce(lambda a, b: a if a > b else b, numbers))
print("digits to int:", reduce(lambda acc, d: acc * 10 + d, [4, 0, 9, 6]))

nested = {"a": {"b": {"c": 42}}}
print("deep get:", reduce(operator.getitem, ["a", "b", "c"], nested))


def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)


pipeline = compose(str.strip, str.lower, partial(str.replace, " ", "_"))
print("pipeline:", pipeline("  Hello Big World  "))

words = ["apple", "banana", "avocado", "blueberry", "cherry"]
grouped = reduce(lambda acc, w: {**acc, w[0]: acc.get(w[0], []) + [w]}, words, {})
print("grouped:", grouped)

base2 = partial(int, base=2)
print("binary parse:", [base2(s) for s in ["101", "1111", "100000"]])
pow2 = partial(pow, 2)
print("powers of two:", list(map(pow2, range(8))))
get_price = operator.itemgetter("price")
items = [{"n": "a", "price": 3}, {"n": "b", "price": 1}]
print("sorted by itemgetter:", sorted(items, key=get_price))
print("attrgetter:", list(map(operator.attrgetter("real"), [1 + 2j, 3.5])))
print("methodcaller:", list(map(operator.methodcaller("upper"), ["x", "y"])))
print("set union via reduce:", sorted(reduce(operator.or_, [{1, 2}, {2, 3}, {5}])))
