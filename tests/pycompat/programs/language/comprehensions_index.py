# Building lookup tables with dict, set and nested list comprehensions
documents = {
    1: "the cat sat on the mat",
    2: "the dog chased the cat",
    3: "a bird sat on a wire",
    4: "dogs and cats are pets",
}

inverted: dict[str, list[int]] = {}
for doc_id, text in documents.items():
    for word in text.split():
        inverted.setdefault(word, [])
        if doc_id not in inverted[word]:
            inverted[word].append(doc_id)
print("docs containing 'the':", inverted["the"], "| 'sat':", inverted["sat"])

word_lengths = {doc_id: len(text.split()) for doc_id, text in documents.items()}
print("word counts:", word_lengths)
long_docs = {k: v for k, v in word_lengths.items() if v >= 6}
print("long docs:", long_docs)
swapped = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print("swapped:", swapped)

vocab = sorted({w for text in documents.values() for w in text.split()})
print("vocabulary size:", len(vocab), "| first 6:", vocab[:6])
lengths = {len(w) for w in vocab}
print("distinct word lengths:", sorted(lengths))
squares = {n * n for n in range(-4, 5)}
print("square set (small ints):", sorted(squares), 9 in squares)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print("matrix:", matrix)
print("flattened:", [x for row in matrix for x in row])
print("diagonal:", [matrix[i][i] for i in range(3)])
print("even cells marked:", [["E" if x % 2 == 0 else "." for x in row] for row in matrix])
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0]
print("pairs summing to a multiple of 3:", pairs)
by_first_letter = {letter: sorted(w for w in vocab if w[0] == letter) for letter in "bcd"}
print(by_first_letter)
common = sorted(set(documents[1].split()) & set(documents[2].split()))
print("words shared by doc1 and doc2:", common)
print("tf table:", {w: [documents[d].split().count(w) for d in documents] for w in ("the", "sat", "cat")})
