# Extract keywords from a few short documents with a hand-rolled TF-IDF over Counter word counts.
import math
import re
from collections import Counter
from typing import Dict, List

DOCS: Dict[str, str] = {
    "pricing.md": "Our pricing is simple. Pricing tiers scale with seats, and annual billing saves twenty percent.",
    "security.md": "Security matters: data is encrypted at rest and in transit. Security audits run quarterly.",
    "billing.md": "Billing questions? Invoices are issued monthly, and billing contacts can update card details.",
    "onboarding.md": "Onboarding takes a day. Invite seats, configure billing, then review security settings.",
}
STOPWORDS = set("a an and are at be can in is it of our the then to with with? is and".split())


def tokens(text: str) -> List[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS and len(w) > 2]


def main() -> None:
    tf: Dict[str, Counter] = {name: Counter(tokens(text)) for name, text in DOCS.items()}
    df: Counter = Counter()
    for counts in tf.values():
        df.update(counts.keys())
    n_docs = len(DOCS)
    idf = {term: math.log(n_docs / df[term]) + 1 for term in df}
    for name, counts in tf.items():
        total = sum(counts.values())
        scores = {t: (c / total) * idf[t] for t, c in counts.items()}
        top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        print(f"{name:<14} " + ", ".join(f"{t}({s:.3f})" for t, s in top))
    shared = sorted(t for t, c in df.items() if c > 1)
    print("terms in >1 doc:", shared)
    print("document frequency:", sorted(df.most_common(3), key=lambda kv: (-kv[1], kv[0])))
    vocab = sorted(df)
    print("vocabulary size:", len(vocab), "first five:", vocab[:5])

    def vector(name: str) -> List[float]:
        return [tf[name][t] * idf[t] for t in vocab]

    def cosine(a: List[float], b: List[float]) -> float:
        dot = sum(x * y for x, y in zip(a, b))
        return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))

    names = list(DOCS)
    pairs = [(cosine(vector(a), vector(b)), a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    for score, a, b in sorted(pairs, reverse=True)[:3]:
        print(f"similar: {a} ~ {b}: {score:.3f}")


main()
