# Solve small cryptarithm puzzles by brute force with itertools.permutations, pruning leading zeros
import itertools
from typing import Dict, List, Optional


def word_value(word: str, mapping: Dict[str, int]) -> int:
    value = 0
    for ch in word:
        value = value * 10 + mapping[ch]
    return value


def solve(puzzle: str, find_all: bool = False) -> List[Dict[str, int]]:
    left, right = puzzle.replace(" ", "").split("=")
    words = left.split("+")
    letters = sorted(set("".join(words) + right))
    if len(letters) > 10:
        raise ValueError("too many letters")
    leading = {w[0] for w in words + [right]}
    solutions = []
    for digits in itertools.permutations(range(10), len(letters)):
        mapping = dict(zip(letters, digits))
        if any(mapping[ch] == 0 for ch in leading):
            continue
        if sum(word_value(w, mapping) for w in words) == word_value(right, mapping):
            solutions.append(mapping)
            if not find_all:
                break
    return solutions


def render(puzzle: str, mapping: Optional[Dict[str, int]]) -> str:
    if mapping is None:
        return f"{puzzle}: no solution"
    numeric = "".join(str(mapping[c]) if c in mapping else c for c in puzzle)
    return f"{puzzle}  =>  {numeric}"


for puzzle in ["TO + GO = OUT", "AB + BA = CC", "I + BB = ILL", "A + A = B"]:
    sols = solve(puzzle, find_all=True)
    print(render(puzzle, sols[0] if sols else None), f"({len(sols)} solution(s))")

print("first 5 of 'A + A = B':", [f"{s['A']}+{s['A']}={s['B']}" for s in solve("A + A = B", True)[:5]])
print("permutations of 3 from 4:", sum(1 for _ in itertools.permutations("abcd", 3)),
      "| combinations:", list(itertools.combinations("abcd", 2)))
print("product of dice pairs summing to 7:",
      [p for p in itertools.product(range(1, 7), repeat=2) if sum(p) == 7])
try:
    solve("ABCDEF + GHIJK = LMNOPA")
except ValueError as exc:
    print("error:", exc)
