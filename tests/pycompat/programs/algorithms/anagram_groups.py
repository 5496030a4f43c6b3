# Group words into anagram families and check palindromes and pangrams.
from collections import defaultdict, Counter
import string


def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]


def is_pangram(text):
    letters = {c for c in text.lower() if c in string.ascii_lowercase}
    return len(letters) == 26


def missing_letters(text):
    present = Counter(c for c in text.lower() if c.isalpha())
    return "".join(c for c in string.ascii_lowercase if present[c] == 0)


words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "dog", "god", "odg", "bird", "Inlets"]
for group in group_anagrams(words):
    print(len(group), group)

phrases = ["A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?",
           "No 'x' in Nixon", "hello"]
for p in phrases:
    print(f"{p!r}: palindrome={is_palindrome(p)}")

for s in ["The quick brown fox jumps over the lazy dog", "Hello world"]:
    print(f"{s!r}: pangram={is_pangram(s)} missing={missing_letters(s)!r}")
