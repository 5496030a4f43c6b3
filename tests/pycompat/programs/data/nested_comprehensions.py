# Build grids, flatten lists and filter pairs with nested comprehensions.
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print("matrix:", matrix)
print("flattened:", [x for row in matrix for x in row])
print("evens flat:", [x for row in matrix for x in row if x % 2 == 0])
print("transposed:", [[row[i] for row in matrix] for i in range(len(matrix[0]))])
print("row sums:", [sum(row) for row in matrix])
print("diagonal:", [matrix[i][i] for i in range(min(len(matrix), len(matrix[0])))])

pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 2 == 1]
print("odd-sum pairs:", pairs)
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print("pythagorean triples:", triples)

table = {n: {m: n * m for m in range(1, 4)} for n in range(1, 4)}
print("mult table dict:", table)
words = ["apple", "banana", "cherry"]
print("letter positions:", {w: [i for i, ch in enumerate(w) if ch in "aeiou"] for w in words})
print("char grid:", ["".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3)])
print("conditional expr:", ["even" if n % 2 == 0 else "odd" for n in range(5)])
print("generator sum:", sum(x * x for x in range(10)))
nested = [[1, [2, 3]], [4], [[5, 6], 7]]


def flatten(xs):
    return [y for x in xs for y in (flatten(x) if isinstance(x, list) else [x])]


print("deep flatten:", flatten(nested))
