# functools in practice: partial, reduce, lru_cache, singledispatch, cmp_to_key, wraps
from functools import partial, reduce, lru_cache, singledispatch, cmp_to_key, wraps


def power(base: float, exponent: float) -> float:
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print("square/cube:", square(7), cube(3), "| partial args:", square.keywords)
parse_hex = partial(int, base=16)
print("hex parse:", [parse_hex(h) for h in ("ff", "10", "7f")])

print("product via reduce:", reduce(lambda a, b: a * b, range(1, 8)))
nested = [[1, 2], [3], [4, 5, 6]]
print("flatten via reduce:", reduce(lambda acc, xs: acc + xs, nested, []))
print("max via reduce:", reduce(lambda a, b: a if a > b else b, [3, 17, 8, 2]))


@lru_cache(maxsize=128)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print("edit distance kitten/sitting:", edit_distance("kitten", "sitting"))
info = edit_distance.cache_info()
print("cache hits > 0:", info.hits > 0, "| currsize:", info.currsize)
edit_distance.cache_clear()
print("after clear:", edit_distance.cache_info().currsize)


@singledispatch
def describe(value) -> str:
    return f"something else ({type(value).__name__})"


@describe.register
def _(value: int) -> str:
    return f"int with {len(str(abs(value)))} digits"


@describe.register
def _(value: list) -> str:
    return f"list of {len(value)}: " + ", ".join(describe(v) for v in value)


print(describe(12345), "|", describe([1, -22]), "|", describe(2.5))


def compare_versions(a: str, b: str) -> int:
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


print("sorted versions:", sorted(["1.10", "1.2", "1.9.1", "0.99", "1.2.0"], key=cmp_to_key(compare_versions)))


def shout(func):
    @wraps(func)
    def inner(*a, **kw):
        return func(*a, **kw).upper()
    return inner


@shout
def greet(name):
    """Return a greeting."""
    return f"hello {name}"


print(greet("sam"), "|", greet.__name__, "|", greet.__doc__)
