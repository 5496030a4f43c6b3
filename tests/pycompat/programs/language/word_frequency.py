# Word frequency analysis of a text with Counter, most_common and deterministic tie-breaking
from collections import Counter
import re

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""
STOPWORDS = ("the", "of", "it", "was", "a", "and")

words = re.findall(r"[a-z']+", TEXT.lower())
print("total words:", len(words), "| distinct:", len(Counter(words)))
counts = Counter(w for w in words if w not in STOPWORDS)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("top words (count desc, then alpha):")
for word, n in top:
    print(f"  {word:<12}{n:>3} {'*' * n}")

all_counts = Counter(words)
print("most_common(3):", all_counts.most_common(3))
print("count of 'times':", all_counts["times"], "| missing word:", all_counts["zebra"])

letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print("top letters:", sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
vowels = sum(letters[v] for v in "aeiou")
print(f"vowel share: {vowels / sum(letters.values()):.1%}")

by_length: dict[int, int] = {}
for w in counts:
    by_length[len(w)] = by_length.get(len(w), 0) + 1
print("distinct non-stopwords by length:", dict(sorted(by_length.items())))

a = Counter("mississippi")
b = Counter("missouri")
print("mississippi:", sorted(a.items()))
print("a + b:", sorted((a + b).items()))
print("a - b:", sorted((a - b).items()))
print("a & b:", sorted((a & b).items()))
print("elements:", "".join(sorted(Counter(x=2, y=1).elements())))
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest)
