# Word and character statistics for a short text with collections.Counter: top words, arithmetic between counters, totals.
from collections import Counter
import re

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
A quick brown dog? No -- the quick brown fox! Foxes and dogs are not the same,
but the fox and the dog both like the sun."""

STOPWORDS = {"the", "a", "and", "are", "not", "but", "no", "both", "over"}

words = re.findall(r"[a-z]+", TEXT.lower())
counts = Counter(words)
print("total words:", counts.total(), "distinct:", len(counts))
print("top 5:", counts.most_common(5))

content = Counter(w for w in words if w not in STOPWORDS)
print("top content words:", content.most_common(4))
print("fox vs dog:", content["fox"], content["dog"], "cat:", content["cat"])

first_half = Counter(words[: len(words) // 2])
second_half = Counter(words[len(words) // 2:])
print("both halves (min):", sorted((first_half & second_half).items()))
print("only first half:", sorted((first_half - second_half).items())[:6])
combined = first_half + second_half
print("recombined equals original:", combined == counts)

letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
vowels = Counter({v: letters[v] for v in "aeiou"})
print("vowels:", vowels)
print("most common letters:", "".join(ch for ch, _ in letters.most_common(6)))

lengths = Counter(len(w) for w in words)
for length in sorted(lengths):
    print(f"{length:>2} letters | {'#' * lengths[length]} {lengths[length]}")

stock = Counter(apples=5, pears=2)
stock.update(apples=3, plums=4)
stock.subtract({"pears": 3, "plums": 1})
print("stock:", stock)
print("positive only:", +stock)
print("elements:", sorted(stock.elements()))
print("as dict:", dict(stock))
