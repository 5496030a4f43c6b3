# Estimate Flesch reading ease for a few texts by counting sentences, words and syllables.
import re


def count_syllables(word: str) -> int:
    word = word.lower().strip(".,;:!?\"'")
    if not word:
        return 0
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(n, 1)


def analyze(text: str) -> dict:
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    words = re.findall(r"[A-Za-z']+", text)
    syllables = sum(count_syllables(w) for w in words)
    wps = len(words) / len(sentences)
    spw = syllables / len(words)
    score = 206.835 - 1.015 * wps - 84.6 * spw
    return {"sentences": len(sentences), "words": len(words), "syllables": syllables, "score": round(score, 1)}


def grade(score: float) -> str:
    for limit, label in [(90, "very easy"), (70, "easy"), (60, "standard"), (30, "difficult")]:
        if score >= limit:
            return label
    return "very difficult"


texts = {
    "kids": "The cat sat on the mat. It was a big cat. The cat was happy.",
    "news": "The city council approved the new budget on Tuesday. Officials expect construction to begin next spring.",
    "legal": "Notwithstanding any provision herein, the indemnifying party shall compensate the aforementioned beneficiaries for consequential liabilities.",
}
for name, text in texts.items():
    r = analyze(text)
    print(f"{name:6} sentences={r['sentences']} words={r['words']:>3} syllables={r['syllables']:>3} score={r['score']:>6} ({grade(r['score'])})")

for w in ["cat", "table", "beautiful", "simple", "agree", "rhythm", "syllable"]:
    print(f"  {w}: {count_syllables(w)}")
