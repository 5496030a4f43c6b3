# Detect near-duplicate product descriptions with word shingles and Jaccard similarity.
import re
from itertools import combinations
from typing import Dict, FrozenSet, List, Tuple

DESCRIPTIONS: Dict[str, str] = {
    "P1": "Stainless steel water bottle, keeps drinks cold for 24 hours and hot for 12 hours.",
    "P2": "Stainless steel water bottle keeps drinks cold for 24 hours and hot for 12 hours!",
    "P3": "Insulated steel bottle: keeps your drinks cold 24 hours, hot 12 hours.",
    "P4": "Bamboo cutting board with juice groove, gentle on knives.",
    "P5": "Bamboo cutting board with a deep juice groove that is gentle on your knives.",
    "P6": "Wireless earbuds with noise cancellation and 30 hour battery.",
}


def shingles(text: str, k: int = 3) -> FrozenSet[Tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(tuple(words[i:i + k]) for i in range(len(words) - k + 1))


def jaccard(a: FrozenSet, b: FrozenSet) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def main() -> None:
    for k in (1, 2, 3):
        sets = {pid: shingles(text, k) for pid, text in DESCRIPTIONS.items()}
        scored: List[Tuple[float, str, str]] = sorted(
            ((jaccard(sets[a], sets[b]), a, b) for a, b in combinations(sorted(sets), 2)),
            key=lambda t: (-t[0], t[1], t[2]))
        print(f"k={k}: " + ", ".join(f"{a}-{b}={s:.2f}" for s, a, b in scored[:4]))
    sets = {pid: shingles(text, 2) for pid, text in DESCRIPTIONS.items()}
    threshold = 0.3
    groups: List[List[str]] = []
    for pid in sorted(sets):
        for g in groups:
            if jaccard(sets[g[0]], sets[pid]) >= threshold:
                g.append(pid)
                break
        else:
            groups.append([pid])
    print("clusters:", groups)
    common = sets["P4"] & sets["P5"]
    print("shared bigrams P4/P5:", sorted(" ".join(s) for s in common))
    print("only in P5:", len(sets["P5"] - sets["P4"]), "| symmetric diff:", len(sets["P4"] ^ sets["P5"]))


main()
