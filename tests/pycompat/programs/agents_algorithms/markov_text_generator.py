# Order-2 Markov chain text generator: build transition tables with defaultdict/Counter, generate with a seed
import random
import re
from collections import Counter, defaultdict
from typing import DefaultDict, Dict, List, Tuple

CORPUS = """The quick brown fox jumps over the lazy dog. The lazy dog sleeps in the sun.
The quick cat watches the brown fox. A brown dog chases the quick cat over the fence.
The sun sets and the lazy fox sleeps. The cat jumps over the sleeping dog and the fox runs."""

State = Tuple[str, str]


def tokenize(text: str) -> List[str]:
    return re.findall(r"[a-z]+|[.]", text.lower())


def build(tokens: List[str]) -> Dict[State, Counter]:
    table: DefaultDict[State, Counter] = defaultdict(Counter)
    padded = [".", "."] + tokens
    for a, b, c in zip(padded, padded[1:], padded[2:]):
        table[(a, b)][c] += 1
    return table


def generate(table: Dict[State, Counter], rng: random.Random, max_words: int = 25) -> str:
    state: State = (".", ".")
    words: List[str] = []
    while len(words) < max_words:
        options = table.get(state)
        if not options:
            break
        choices = sorted(options)
        nxt = rng.choices(choices, weights=[options[c] for c in choices])[0]
        words.append(nxt)
        state = (state[1], nxt)
        if nxt == "." and len(words) > 6:
            break
    text = " ".join(words).replace(" .", ".")
    return text[:1].upper() + text[1:]


tokens = tokenize(CORPUS)
table = build(tokens)
print("tokens:", len(tokens), "| distinct states:", len(table), "| vocabulary:", len(set(tokens)))
busiest = sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:4]
for state, nexts in busiest:
    total = sum(nexts.values())
    probs = ", ".join(f"{w}={n / total:.2f}" for w, n in sorted(nexts.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"  {' '.join(state)!r:<14} -> {probs}")

rng = random.Random(1234)
for i in range(4):
    print(f"sample {i + 1}: {generate(table, rng)}")
entropy_states = sum(1 for c in table.values() if len(c) > 1)
print(f"branching states: {entropy_states}/{len(table)}")
print("deterministic with same seed:", generate(table, random.Random(5)) == generate(table, random.Random(5)))
