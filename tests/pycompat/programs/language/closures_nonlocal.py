# Closures with nonlocal: counters, accumulators, memo caches and late binding
def make_counter(start: int = 0, step: int = 1):
    count = start

    def increment() -> int:
        nonlocal count
        count += step
        return count

    def reset() -> None:
        nonlocal count
        count = start

    return increment, reset


def make_accumulator():
    history: list[float] = []

    def add(x: float) -> float:
        history.append(x)  # mutation, no nonlocal needed
        return sum(history)

    add.history = history
    return add


def make_multipliers_buggy():
    return [lambda x: x * i for i in range(4)]


def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]


def bank(balance: float):
    def transact(amount: float) -> float:
        nonlocal balance
        if balance + amount < 0:
            raise ValueError("insufficient funds")
        balance += amount
        return balance
    return transact


inc, reset = make_counter(10, 5)
print("counter:", inc(), inc(), inc())
reset()
print("after reset:", inc())
other_inc, _ = make_counter()
print("independent counter:", other_inc(), other_inc(), "| first still:", inc())

acc = make_accumulator()
for v in (3, 4.5, -1):
    print(f"add {v} -> {acc(v)}")
print("history:", acc.history)

print("late binding:", [f(10) for f in make_multipliers_buggy()])
print("fixed:", [f(10) for f in make_multipliers_fixed()])

account = bank(100)
print("deposit 50 ->", account(50), "| withdraw 120 ->", account(-120))
try:
    account(-100)
except ValueError as e:
    print("error:", e)
print("deposit 5 ->", account(5))
counters = [make_counter(i)[0] for i in range(3)]
print("separate closures:", [c() for c in counters], [c() for c in counters])
