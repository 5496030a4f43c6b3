# Compute character statistics of a text: classes, frequencies and bigrams.
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""

classes = {
    "letters": sum(c.isalpha() for c in text),
    "digits": sum(c.isdigit() for c in text),
    "spaces": sum(c.isspace() for c in text),
    "upper": sum(c.isupper() for c in text),
    "punct": sum(not c.isalnum() and not c.isspace() for c in text),
}
for k, v in classes.items():
    print(f"{k:>8}: {v}")
print("total chars:", len(text))

letters = Counter(c for c in text.lower() if c.isalpha())
print("Top letters:", letters.most_common(6))
print("Missing letters:", "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters))

words = text.lower().replace(",", "").replace(".", "").split()
bigrams = Counter(zip(words, words[1:]))
for (a, b), n in bigrams.most_common(4):
    print(f"  '{a} {b}': {n}")

lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(f"{length:2d} {'#' * lengths[length]}")
print("Average word length: %.3f" % (sum(map(len, words)) / len(words)))
