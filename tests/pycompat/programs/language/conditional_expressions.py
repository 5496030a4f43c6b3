# Conditional expressions, truthiness and short-circuit and/or in a shipping calculator
def shipping_cost(weight_kg: float, express: bool = False, country: str = "US") -> float:
    base = 5.0 if weight_kg <= 1 else 8.5 if weight_kg <= 5 else 15.0
    base *= 2 if express else 1
    surcharge = 0 if country == "US" else 12.5 if country in ("CA", "MX") else 25.0
    return base + surcharge


def label(n: int) -> str:
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)


orders = [(0.5, False, "US"), (3, True, "US"), (7, False, "CA"), (2, True, "DE")]
for w, express, country in orders:
    kind = "express" if express else "standard"
    print(f"{w:>4}kg {kind:<8} to {country}: ${shipping_cost(w, express, country):.2f}")

print(" ".join(label(n) for n in range(1, 16)))

values = [0, 1, "", "x", [], [0], {}, None, 0.0, "0", (), set()]
print("truthy:", [v for v in values if v])
print("falsy count:", sum(1 for v in values if not v))

name = ""
print("display name:", name or "anonymous")
print("first truthy:", None or 0 or [] or "fallback" or "unused")
print("and returns last or first falsy:", 1 and 2 and 3, "|", 1 and 0 and 3, "|", [] and "never")
config = {"retries": 0}
retries = config.get("retries") or 3            # pitfall: 0 replaced by 3
retries_correct = config.get("retries") if config.get("retries") is not None else 3
print("retries with or:", retries, "| with explicit None check:", retries_correct)

calls = []


def check(v):
    calls.append(v)
    return v


result = check(False) and check("skipped")
result2 = check(True) or check("skipped")
print("short-circuit results:", result, result2, "| calls made:", calls)
sign = lambda x: "positive" if x > 0 else ("zero" if x == 0 else "negative")
print([sign(x) for x in (-2, 0, 3)])
abs_vals = [x if x >= 0 else -x for x in (-3, 4, -5)]
a, b = 7, 9
print("abs via conditional:", abs_vals, "| max via conditional:", a if a > b else b)
