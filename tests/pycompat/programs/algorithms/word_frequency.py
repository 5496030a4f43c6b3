# Count word frequencies in a text with Counter and a plain dict, report the top words.
import re
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""

STOPWORDS = {"it", "was", "the", "of", "we", "to", "us", "all", "had"}


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def main() -> None:
    words = tokenize(TEXT)
    print("total words:", len(words), "unique:", len(set(words)))
    counts = Counter(words)
    print("top 5:", counts.most_common(5))
    manual: dict[str, int] = {}
    for w in words:
        manual[w] = manual.get(w, 0) + 1
    assert manual == dict(counts)
    content = Counter(w for w in words if w not in STOPWORDS)
    ranked = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))
    print("content words:")
    for word, n in ranked[:8]:
        print(f"  {word:<12}{n:>3} {'*' * n}")
    by_length: dict[int, list[str]] = {}
    for w in sorted(set(words)):
        by_length.setdefault(len(w), []).append(w)
    for length in sorted(by_length):
        print(f"len {length:>2}: {by_length[length]}")
    longest = max(sorted(set(words)), key=len)
    print("longest word:", longest)
    avg = sum(map(len, words)) / len(words)
    print(f"average word length: {avg:.3f}")


if __name__ == "__main__":
    main()
