# A tiny Norvig-style spell checker: build word frequencies, generate edits and rank corrections.
import re
from collections import Counter
from typing import Iterable, Set

CORPUS = """
The quick brown fox jumps over the lazy dog. The dog sleeps while the fox runs.
Programming in Python is fun; python programs are readable and programmers like readable code.
Spelling errors happen when people type quickly. A spelling checker suggests the right word.
The weather today is sunny, but the weather tomorrow may bring rain and thunder.
"""

WORDS = Counter(re.findall(r"[a-z]+", CORPUS.lower()))
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> Set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + transposes + replaces + inserts)


def edits2(word: str) -> Iterable[str]:
    return (e2 for e1 in edits1(word) for e2 in edits1(e1))


def known(words: Iterable[str]) -> Set[str]:
    return {w for w in words if w in WORDS}


def correction(word: str) -> str:
    candidates = known([word]) or known(edits1(word)) or known(edits2(word)) or {word}
    return max(sorted(candidates), key=lambda w: WORDS[w])


def main() -> None:
    print("vocabulary:", len(WORDS), "| most common:", WORDS.most_common(3))
    print("edits1('cat') size:", len(edits1("cat")))
    tests = ["teh", "quikc", "pyhton", "wether", "spelling", "redable", "thunderr", "progrma", "xyzzy", "dgo"]
    for word in tests:
        fixed = correction(word)
        marker = "" if fixed == word else "  (corrected)"
        print(f"{word:<10} -> {fixed}{marker}")
    sentence = "the qiuck brwn fox jumsp ovr the lazzy dog"
    print(" ".join(correction(w) for w in sentence.split()))
    print("candidates for 'fx':", sorted(known(edits1("fx"))))


main()
