# A pricing engine using functools: partial discounts, reduce pipelines, singledispatch formatting, total_ordering, cmp_to_key and wraps.
from functools import partial, reduce, singledispatch, total_ordering, cmp_to_key, wraps
from decimal import Decimal
from typing import Callable, List
import operator


def apply_discount(price: float, percent: float, floor: float = 0.0) -> float:
    return max(round(price * (1 - percent / 100), 2), floor)


summer_sale = partial(apply_discount, percent=20)
clearance = partial(apply_discount, percent=60, floor=5.0)
print(summer_sale(49.99), clearance(10.0), clearance(100.0))
print("partial args:", summer_sale.args, summer_sale.keywords, summer_sale.func.__name__)

steps: List[Callable[[float], float]] = [lambda p: p + 5.0, partial(apply_discount, percent=10), lambda p: round(p * 1.2, 2)]
print("pipeline:", reduce(lambda acc, f: f(acc), steps, 100.0))
print("product:", reduce(operator.mul, [1, 2, 3, 4, 5]), "sum of squares:", reduce(lambda a, b: a + b * b, [1, 2, 3], 0))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
def shipping(weight_kg: float) -> float:
    return 4.0 if weight_kg < 1 else 4.0 + 1.5 * (weight_kg - 1)


shipping(0.5)
shipping(3)
print("wrapper keeps name:", shipping.__name__, "| original:", shipping.__wrapped__(2))


@singledispatch
def fmt(value) -> str:
    return f"<{type(value).__name__}>"


@fmt.register(int)
def _(value) -> str:
    return f"{value:,} units"


@fmt.register(float)
@fmt.register(Decimal)
def _(value) -> str:
    return f"${value:.2f}"


@fmt.register(list)
def _(value) -> str:
    return "[" + ", ".join(fmt(v) for v in value) + "]"


print(fmt(1234567), fmt(3.5), fmt(Decimal("2.499")), fmt([1, 2.25]), fmt("sku"), fmt(None))


@total_ordering
class Price:
    def __init__(self, amount: float, currency: str = "USD") -> None:
        self.amount, self.currency = amount, currency

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        return (self.currency, self.amount) < (other.currency, other.amount)

    def __repr__(self):
        return f"{self.amount:.2f} {self.currency}"


prices = [Price(3), Price(1.5, "EUR"), Price(2), Price(9, "EUR")]
print(sorted(prices), max(prices), Price(2) <= Price(2), Price(5) >= Price(7))


def by_length_then_alpha(a: str, b: str) -> int:
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["kiwi", "fig", "banana", "apple", "date"], key=cmp_to_key(by_length_then_alpha)))
