# Word break: can a string be segmented into dictionary words? Return all segmentations.
from functools import lru_cache
from typing import List

DICTIONARY = {"cat", "cats", "and", "sand", "dog", "pine", "apple", "pineapple",
              "pen", "applepen", "a", "an", "ant", "ants"}


def can_break(s: str, words: set) -> bool:
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(i):
            if ok[j] and s[j:i] in words:
                ok[i] = True
                break
    return ok[-1]


def all_breaks(s: str, words: frozenset) -> List[str]:
    @lru_cache(maxsize=None)
    def go(start: int) -> tuple:
        if start == len(s):
            return ("",)
        results = []
        for end in range(start + 1, len(s) + 1):
            w = s[start:end]
            if w in words:
                for rest in go(end):
                    results.append(w + (" " + rest if rest else ""))
        return tuple(results)
    return sorted(go(0))


def main() -> None:
    words = frozenset(DICTIONARY)
    for s in ["catsanddog", "pineapplepenapple", "catsandog", "antsand", "", "aaaa"]:
        ok = can_break(s, DICTIONARY)
        parts = all_breaks(s, words)
        print(f"{s!r}: breakable={ok} ways={len(parts)}")
        for p in parts:
            print("   ", p)


if __name__ == "__main__":
    main()
