# Group words that are anagrams of each other.
from collections import defaultdict
from typing import Dict, List


def group_anagrams(words: List[str]) -> Dict[str, List[str]]:
    groups: Dict[str, List[str]] = defaultdict(list)
    for w in words:
        key = "".join(sorted(w.lower()))
        groups[key].append(w)
    return groups


def main() -> None:
    words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
             "dog", "god", "bird", "inlets", "Tinsel", "rat", "tar", "art", "star"]
    groups = group_anagrams(words)
    print(f"{len(words)} words in {len(groups)} groups")
    for key, members in groups.items():
        print(f"  {key:8} -> {members}")
    multi = [g for g in groups.values() if len(g) > 1]
    multi.sort(key=len, reverse=True)
    print("Groups with anagrams (largest first):")
    for g in multi:
        print("  ", ", ".join(g))
    print("Is 'Dormitory' an anagram of 'Dirty room'?",
          sorted("dormitory") == sorted("dirty room".replace(" ", "")))


if __name__ == "__main__":
    main()
