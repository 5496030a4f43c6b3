# Using assert for invariants and lightweight tests of a small statistics module
def mean(xs: list[float]) -> float:
    assert xs, "mean() requires at least one value"
    return sum(xs) / len(xs)


def median(xs: list[float]) -> float:
    assert len(xs) > 0, "median() of empty list"
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def normalize(xs: list[float]) -> list[float]:
    lo, hi = min(xs), max(xs)
    assert hi > lo, f"cannot normalize constant data {xs}"
    result = [(x - lo) / (hi - lo) for x in xs]
    assert all(0 <= r <= 1 for r in result)
    return result


def run_tests() -> None:
    tests = {
        "mean basic": lambda: mean([1, 2, 3, 4]) == 2.5,
        "median odd": lambda: median([5, 1, 3]) == 3,
        "median even": lambda: median([4, 1, 3, 2]) == 2.5,
        "normalize": lambda: normalize([10, 20, 30]) == [0.0, 0.5, 1.0],
        "deliberately wrong": lambda: mean([1, 1]) == 2,
    }
    passed = 0
    for name, test in tests.items():
        try:
            assert test(), f"{name} returned False"
            passed += 1
            print(f"PASS {name}")
        except AssertionError as e:
            print(f"FAIL {name}: {e}")
    print(f"{passed}/{len(tests)} passed")


run_tests()
for func, arg in [(mean, []), (median, []), (normalize, [7, 7, 7])]:
    try:
        func(arg)
    except AssertionError as e:
        print(f"{func.__name__}({arg}) -> AssertionError: {e}")

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert message is empty:", repr(str(e)), "| args:", e.args)
x = 10
assert isinstance(x, int) and x > 0, "x must be a positive int"
print("all invariants held; x =", x)
