# Count word unigrams, bigrams and trigrams in customer reviews and show the most common phrases.
import re
from collections import Counter
from itertools import islice, tee
from typing import Iterable, Iterator, List, Tuple

REVIEWS = """
The battery life is great. Battery life could be better in cold weather though.
Great screen, great battery life, terrible speakers.
The screen is bright and the battery life is great.
Speakers are terrible. The screen is great for reading.
Customer support was slow but the battery life is great!
"""


def words(text: str) -> List[str]:
    return re.findall(r"[a-z']+", text.lower())


def ngrams(tokens: Iterable[str], n: int) -> Iterator[Tuple[str, ...]]:
    iters = tee(tokens, n)
    for i, it in enumerate(iters):
        for _ in range(i):
            next(it, None)
    return zip(*iters)


def main() -> None:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", REVIEWS.strip()) if s]
    print(f"{len(sentences)} sentences")
    unigram = Counter()
    bigram = Counter()
    trigram = Counter()
    for s in sentences:
        toks = words(s)
        unigram.update(toks)
        bigram.update(ngrams(toks, 2))
        trigram.update(ngrams(toks, 3))
    stop = {"the", "is", "and", "but", "be", "for", "are", "was", "in", "could"}
    content = Counter({w: c for w, c in unigram.items() if w not in stop})
    print("top words:", content.most_common(5))
    print("top bigrams:")
    for gram, count in bigram.most_common(4):
        print(f"  {' '.join(gram):<20} {count}")
    print("top trigrams:")
    for gram, count in trigram.most_common(3):
        print(f"  {' '.join(gram):<24} {count}")
    print("total tokens:", sum(unigram.values()), "distinct:", len(unigram))
    hapax = sorted(w for w, c in unigram.items() if c == 1)
    print("hapax legomena:", hapax)
    pairs = list(zip(["a", "b", "c", "d"], ["a", "b", "c", "d"][1:]))
    print("first three bigrams:", list(islice(ngrams(words(sentences[0]), 2), 3)))
    print("zip bigrams:", pairs)
    print("elements:", sorted(Counter(a=2, b=1).elements()), "total:", unigram.total())


main()
