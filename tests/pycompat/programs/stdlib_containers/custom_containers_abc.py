# Custom containers built on collections.abc: a case-insensitive Mapping, a ring-buffer Sequence and a tag Set with mixin methods.
from collections.abc import Mapping, MutableMapping, Sequence, MutableSet, Iterable, Sized
from typing import Iterator


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._store.values())

    def __len__(self) -> int:
        return len(self._store)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())})"


headers = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
headers["X-Request-Id"] = "abc123"
print(headers, len(headers))
print(headers["content-type"], headers.get("ACCEPT"), headers.get("missing", "-"), "x-request-id" in headers)
print("keys:", list(headers.keys()), "| pop:", headers.pop("accept"), "| setdefault:", headers.setdefault("Host", "example.org"))
print("equal to plain dict:", headers == {"Content-Type": "text/html", "X-Request-Id": "abc123", "Host": "example.org"})


class Ring(Sequence):
    def __init__(self, items, start: int = 0) -> None:
        self._items, self._start = list(items), start

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError("ring index out of range")
        return self._items[(self._start + index) % len(self._items)]

    def __len__(self) -> int:
        return len(self._items)


ring = Ring("abcdef", start=4)
print(list(ring), ring[0], ring[-1], ring[1:4], "c" in ring, ring.index("a"), ring.count("z"))
print("reversed:", "".join(reversed(ring)))


class TagSet(MutableSet):
    def __init__(self, tags=()):
        self._tags = []
        for t in tags:
            self.add(t)

    def __contains__(self, tag):
        return tag.lower() in self._tags

    def __iter__(self):
        return iter(self._tags)

    def __len__(self):
        return len(self._tags)

    def add(self, tag):
        if tag.lower() not in self._tags:
            self._tags.append(tag.lower())

    def discard(self, tag):
        if tag.lower() in self._tags:
            self._tags.remove(tag.lower())

    def __repr__(self):
        return f"TagSet({self._tags})"


a, b = TagSet(["Python", "Web", "API"]), TagSet(["api", "cli"])
print(a, b, sorted(a & b), sorted(a | b), sorted(a - b), a <= TagSet(["python", "web", "api", "x"]), a.isdisjoint(b))
a -= {"web"}
a |= ["Docs"]
print(a, len(a))
print(isinstance(headers, Mapping), isinstance(ring, Sequence), isinstance(a, Sized), isinstance(ring, Iterable))
print("dict/list/str:", isinstance({}, MutableMapping), isinstance([], Sequence), isinstance("s", Sequence), isinstance((1,), MutableSet))
