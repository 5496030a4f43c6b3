# Split a passage into sentences and report per-sentence word counts and longest words.
import re
import statistics

PASSAGE = ("Dr. Smith arrived at 9 a.m. on Monday. She checked the charts! Were the results ready? "
           "Not yet, said the nurse... The lab was slow today. Everyone waited patiently.")

ABBREVIATIONS = ["Dr.", "a.m.", "p.m.", "Mr.", "Mrs.", "e.g.", "i.e."]


def split_sentences(text: str) -> list:
    protected = text
    for i, abbr in enumerate(ABBREVIATIONS):
        protected = protected.replace(abbr, f"<ABBR{i}>")
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", protected)
    restored = []
    for p in parts:
        for i, abbr in enumerate(ABBREVIATIONS):
            p = p.replace(f"<ABBR{i}>", abbr)
        restored.append(p.strip())
    return restored


sentences = split_sentences(PASSAGE)
counts = []
for i, s in enumerate(sentences, 1):
    words = re.findall(r"[A-Za-z']+", s)
    counts.append(len(words))
    kind = {"?": "question", "!": "exclamation"}.get(s[-1], "statement")
    longest = max(words, key=len)
    print(f"{i}. [{kind:11}] {len(words):2} words, longest={longest!r}: {s}")

print("Sentences:", len(sentences))
print("Mean words: %.2f" % statistics.mean(counts))
print("Median words:", statistics.median(counts))
print("Stdev: {:.3f}".format(statistics.stdev(counts)))
print("Mode:", statistics.mode(counts))
