# Build an inverted index over documents and run simple AND/OR queries.
import re
from collections import defaultdict
from typing import Dict, List, Set

DOCS = {
    1: "Python is a popular programming language for data science.",
    2: "Rust is a systems programming language focused on safety.",
    3: "Data science uses statistics, Python and machine learning.",
    4: "Machine learning models need lots of data.",
    5: "WebAssembly lets languages like Rust and Python run in the browser.",
}
STOP = {"is", "a", "for", "on", "of", "and", "the", "in", "like", "uses", "need", "lots", "lets"}


def tokenize(text: str) -> List[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP]


index: Dict[str, Set[int]] = defaultdict(set)
positions: Dict[str, List[tuple]] = defaultdict(list)
for doc_id, text in DOCS.items():
    for pos, word in enumerate(tokenize(text)):
        index[word].add(doc_id)
        positions[word].append((doc_id, pos))

print("vocabulary size:", len(index))
for word in sorted(index, key=lambda w: (-len(index[w]), w))[:6]:
    print(f"  {word:12} docs={sorted(index[word])}")


def query_and(*terms: str) -> List[int]:
    sets = [index.get(t, set()) for t in terms]
    return sorted(set.intersection(*sets)) if sets else []


def query_or(*terms: str) -> List[int]:
    return sorted(set().union(*(index.get(t, set()) for t in terms)))


print("python AND data:", query_and("python", "data"))
print("rust OR machine:", query_or("rust", "machine"))
print("python AND rust AND browser:", query_and("python", "rust", "browser"))
print("missing term:", query_and("python", "java"))
print("positions of 'python':", positions["python"])
