# Combine and destructure lists and tuples with star-unpacking.
first_half = [1, 2, 3]
second_half = (4, 5)
extra = range(6, 9)

combined = [*first_half, *second_half, *extra]
print("combined:", combined)
print("as tuple:", (*first_half, 0, *second_half))
print("as set size:", len({*first_half, *first_half, *second_half}))

head, *middle, tail = combined
print("head:", head, "middle:", middle, "tail:", tail)
*init, last = "abc"
print("init:", init, "last:", last)
a, (b, c), d = 1, (2, 3), 4
print("nested:", a, b, c, d)

records = [("alice", 30, "NYC", "engineer"), ("bob", 25, "LA", "designer")]
for name, age, *rest in records:
    print(f"{name} ({age}): {rest}")


def stats(*values, precision=2, **labels):
    avg = sum(values) / len(values)
    label = labels.get("label", "values")
    return f"{label}: n={len(values)} avg={avg:.{precision}f} extra={sorted(labels)}"


print(stats(*combined))
print(stats(1, 2, 4, precision=3, label="small", unit="cm"))
opts = {"precision": 1, "label": "dict-args"}
print(stats(*[10, 20, 25], **opts))

x, y = 1, 2
x, y = y, x
print("swapped:", x, y)
matrix = [[1, 2, 3], [4, 5, 6]]
print("transpose:", list(zip(*matrix)))
print("print sep:", *combined, sep="-")
