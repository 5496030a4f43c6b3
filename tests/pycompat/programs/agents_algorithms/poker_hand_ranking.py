# Deal seeded poker hands, classify them with Counter-based rules and compare winners with tuple ranks
import random
from collections import Counter
from itertools import combinations
from typing import List, Tuple

RANKS = "23456789TJQKA"
SUITS = "shdc"
NAMES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house",
         "four of a kind", "straight flush"]


def evaluate(hand: List[str]) -> Tuple[int, List[int]]:
    values = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    counts = Counter(values)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    ordered = [v for v, n in groups for _ in range(n)]
    flush = len({c[1] for c in hand}) == 1
    uniq = sorted(set(values), reverse=True)
    straight = len(uniq) == 5 and uniq[0] - uniq[4] == 4
    if uniq == [12, 3, 2, 1, 0]:
        straight, ordered = True, [3, 2, 1, 0, -1]
    shape = sorted(counts.values(), reverse=True)
    if straight and flush:
        cat = 8
    elif shape[0] == 4:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape[0] == 3:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape[0] == 2:
        cat = 1
    else:
        cat = 0
    return cat, ordered


random.seed(2718)
deck = [r + s for r in RANKS for s in SUITS]
for round_no in range(1, 4):
    random.shuffle(deck)
    hands = {p: deck[i * 5:(i + 1) * 5] for i, p in enumerate(["ann", "bob", "cat", "dan"])}
    scored = {p: evaluate(h) for p, h in hands.items()}
    for p, h in hands.items():
        print(f"  {p}: {' '.join(h)}  {NAMES[scored[p][0]]}")
    best = max(scored.values())
    winners = [p for p, s in scored.items() if s == best]
    print(f"round {round_no} winner: {', '.join(winners)} with {NAMES[best[0]]}")

fixed = {"royal": "As Ks Qs Js Ts", "wheel": "Ah 2d 3c 4s 5h", "boat": "Kd Kh Ks 2c 2d", "quads": "9c 9d 9h 9s Kd"}
for name, cards in fixed.items():
    print(f"{name:<6} -> {NAMES[evaluate(cards.split())[0]]}")
freq = Counter(NAMES[evaluate(list(h))[0]] for h in combinations(deck[:16], 5))
print("category counts over C(16,5) hands:", dict(sorted(freq.items(), key=lambda kv: -kv[1])))
