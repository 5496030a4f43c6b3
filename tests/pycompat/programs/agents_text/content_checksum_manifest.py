# Build a checksum manifest (md5/sha1/sha256) for in-memory files and detect which files changed.
import hashlib
import json
from dataclasses import dataclass
from typing import Dict, List

FILES_V1: Dict[str, bytes] = {
    "README.md": b"# Project\nA small tool.\n",
    "src/main.py": b"print('hello')\n",
    "src/util.py": b"def add(a, b):\n    return a + b\n",
    "data/empty.txt": b"",
}
FILES_V2: Dict[str, bytes] = {
    "README.md": b"# Project\nA small tool.\n",
    "src/main.py": b"print('hello, world')\n",
    "src/helpers.py": b"def add(a, b):\n    return a + b\n",
    "data/empty.txt": b"",
    "LICENSE": b"MIT\n",
}


@dataclass
class Entry:
    path: str
    size: int
    sha256: str


def manifest(files: Dict[str, bytes]) -> List[Entry]:
    return [Entry(p, len(b), hashlib.sha256(b).hexdigest()) for p, b in sorted(files.items())]


def main() -> None:
    m1, m2 = manifest(FILES_V1), manifest(FILES_V2)
    print(f"{'path':<16}{'size':>5}  sha256 (first 16)  md5")
    for e in m2:
        print(f"{e.path:<16}{e.size:>5}  {e.sha256[:16]}   {hashlib.md5(FILES_V2[e.path]).hexdigest()[:12]}")
    old = {e.path: e.sha256 for e in m1}
    new = {e.path: e.sha256 for e in m2}
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    modified = sorted(p for p in old.keys() & new.keys() if old[p] != new[p])
    renamed = [(o, n) for o in removed for n in added if old[o] == new[n]]
    print("added:", added, "removed:", removed, "modified:", modified, "renamed:", renamed)
    tree = hashlib.sha1()
    for e in m2:
        tree.update(f"{e.path}\0{e.sha256}\n".encode())
    print("tree hash:", tree.hexdigest())
    print("empty sha256:", hashlib.sha256(b"").hexdigest())
    h = hashlib.new("sha512")
    h.update(b"chunk-1")
    h2 = h.copy()
    h2.update(b"chunk-2")
    print("sha512 prefix:", h.hexdigest()[:20], h2.hexdigest()[:20], h.name, h.block_size)
    print("sha3_256:", hashlib.sha3_256(b"abc").hexdigest()[:24])
    print("available:", all(a in hashlib.algorithms_guaranteed for a in ("md5", "sha1", "sha256")))
    print(json.dumps([e.__dict__ for e in m2[:2]], indent=1))


main()
