# Score Wordle guesses against a secret word, handling repeated letters correctly.
from collections import Counter
from typing import List

GREEN, YELLOW, GRAY = "G", "Y", "."


def score(guess: str, secret: str) -> str:
    result: List[str] = [GRAY] * len(guess)
    remaining = Counter()
    for i, (g, s) in enumerate(zip(guess, secret)):
        if g == s:
            result[i] = GREEN
        else:
            remaining[s] += 1
    for i, g in enumerate(guess):
        if result[i] != GREEN and remaining[g] > 0:
            result[i] = YELLOW
            remaining[g] -= 1
    return "".join(result)


def filter_candidates(words, guess, pattern):
    return [w for w in words if score(guess, w) == pattern]


secret = "crane"
for guess in ["slate", "trace", "nacre", "eerie", "crane", "apple"]:
    s = score(guess, secret)
    print(f"{guess.upper()} {s} {'solved!' if s == GREEN * 5 else ''}".rstrip())

words = ["crane", "crate", "trace", "grace", "brace", "react", "cater", "caret", "plane", "crank"]
pattern = score("trace", "brace")
print("pattern for TRACE vs BRACE:", pattern)
print("candidates:", filter_candidates(words, "trace", pattern))
print("letter repeats:", score("llama", "hello"), score("speed", "abide"))
