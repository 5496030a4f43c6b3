# Assignment expressions (:=) in while loops, comprehensions and conditionals
import re

data = "id=17;name=widget;price=9.99;qty=3;color=blue;qty=oops"

# 1. consume a buffer in chunks
buffer = list(range(1, 12))
chunks = []
while (chunk := buffer[:4]):
    chunks.append(chunk)
    buffer = buffer[4:]
print("chunks:", chunks)

# 2. regex match reuse in a condition
pattern = re.compile(r"(\w+)=([\d.]+)$")
numeric = {}
for field in data.split(";"):
    if (m := pattern.match(field)) is not None:
        numeric[m.group(1)] = float(m.group(2))
print("numeric fields:", numeric)

# 3. compute once, filter and keep the value in a comprehension
words = ["alpha", "be", "gamma", "pi", "epsilon", "mu"]
long_lengths = [(w, n) for w in words if (n := len(w)) > 3]
print("long words with lengths:", long_lengths)
print("last n assigned by the comprehension:", n)

# 4. running state inside a generator expression
total = 0
prefix_sums = [total := total + x for x in [5, 3, 8, 1]]
print("prefix sums:", prefix_sums, "final total:", total)

# 5. avoid a double call in if/elif chains
def lookup(key: str) -> int | None:
    return {"a": 1, "b": 0}.get(key)

for key in ("a", "b", "c"):
    if (value := lookup(key)) is None:
        print(f"{key}: missing")
    elif value:
        print(f"{key}: truthy value {value}")
    else:
        print(f"{key}: falsy value {value!r}")

# 6. reading "lines" until a sentinel
lines = iter(["first", "second", "", "never"])
received = []
while (line := next(lines)) != "":
    received.append(line.upper())
print("received:", received)
print("any over 6 chars:", any((big := w) and len(w) > 6 for w in words), "->", big)
