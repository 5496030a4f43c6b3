# Compute edit distance between words and suggest spelling corrections.
from functools import lru_cache


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=None)
def lev_rec(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return lev_rec(a[1:], b[1:])
    return 1 + min(lev_rec(a[1:], b), lev_rec(a, b[1:]), lev_rec(a[1:], b[1:]))


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
for a, b in pairs:
    d1, d2 = levenshtein(a, b), lev_rec(a, b)
    print(f"{a!r:12} {b!r:12} distance={d1} (recursive {d2})")

dictionary = ["python", "java", "javascript", "rust", "ruby", "perl", "haskell", "kotlin", "swift"]
for typo in ["pyhton", "jaav", "rsut", "kotlinn", "swfit", "cobol"]:
    scored = sorted(dictionary, key=lambda w: (levenshtein(typo, w), w))
    best = scored[0]
    d = levenshtein(typo, best)
    suggestion = best if d <= 2 else "(no suggestion)"
    print(f"{typo:8} -> {suggestion} (distance {d}); top3={scored[:3]}")
print("cache info hits>0:", lev_rec.cache_info().hits > 0)
