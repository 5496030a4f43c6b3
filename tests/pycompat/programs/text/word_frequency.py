# Count word frequencies in a paragraph and show the top words.
import re
from collections import Counter

TEXT = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs.
A quick reaction from the dog surprised the fox, and the fox ran away quickly!"""


def tokenize(text: str) -> list[str]:
    """Lowercase and split text into words."""
    return re.findall(r"[a-z']+", text.lower())


def main() -> None:
    words = tokenize(TEXT)
    print(f"Total words: {len(words)}")
    print(f"Unique words: {len(set(words))}")
    counts = Counter(words)
    print("Top 5 words:")
    for word, n in counts.most_common(5):
        print(f"  {word:<10} {n:>3}")
    longest = max(words, key=len)
    print(f"Longest word: {longest} ({len(longest)} chars)")
    singles = sorted(w for w, c in counts.items() if c == 1)
    print("Words appearing once:", ", ".join(singles))


if __name__ == "__main__":
    main()
