# Count vowels and consonants in sentences, per vowel and overall.
from collections import Counter

VOWELS = "aeiou"

sentences = [
    "The quick brown fox jumps over the lazy dog",
    "Programming in Python is fun!",
    "Rhythm myths fly by",
    "AEIOU and sometimes Y",
]


def analyze(s: str) -> dict:
    letters = [c.lower() for c in s if c.isalpha()]
    vowels = [c for c in letters if c in VOWELS]
    return {
        "letters": len(letters),
        "vowels": len(vowels),
        "consonants": len(letters) - len(vowels),
        "per_vowel": Counter(vowels),
    }


total = Counter()
for s in sentences:
    info = analyze(s)
    total.update(info["per_vowel"])
    breakdown = " ".join(f"{v}={info['per_vowel'][v]}" for v in VOWELS)
    ratio = info["vowels"] / info["letters"] if info["letters"] else 0
    print(f"{s}")
    print(f"  letters={info['letters']} vowels={info['vowels']} consonants={info['consonants']} ratio={ratio:.2f}")
    print(f"  {breakdown}")

print("Overall vowel counts:", dict(sorted(total.items())))
most = max(VOWELS, key=lambda v: total[v])
print("Most common vowel:", most)
print("Sum check:", sum(total.values()))
