# HTTP headers container: a case-insensitive mapping built on collections.abc.MutableMapping
from collections.abc import MutableMapping


class Headers(MutableMapping):
    def __init__(self, data=None, **kwargs):
        self._store: dict[str, tuple[str, str]] = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key: str, value: str) -> None:
        self._store[key.lower()] = (key, str(value))

    def __getitem__(self, key: str) -> str:
        return self._store[key.lower()][1]

    def __delitem__(self, key: str) -> None:
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __eq__(self, other):
        if isinstance(other, (dict, Headers)):
            other = Headers(other)
            return {k: v for k, (_, v) in self._store.items()} == {k: v for k, (_, v) in other._store.items()}
        return NotImplemented

    def __repr__(self):
        return f"Headers({dict(self.items())})"


h = Headers({"Content-Type": "text/html"}, Server="demo")
h["X-Request-ID"] = 12345
print(h)
print("content-type:", h["content-type"], "| CONTENT-TYPE:", h["CONTENT-TYPE"])
print("'server' in h:", "server" in h, "| 'Accept' in h:", "Accept" in h)
h["content-type"] = "application/json"
print("after overwrite:", h, "len", len(h))
print("keys:", list(h.keys()))
print("get with default:", h.get("accept", "*/*"))
del h["SERVER"]
print("after delete:", list(h))
print("pop:", h.pop("x-request-id"), "| remaining:", dict(h))
print("equality:", Headers(A="1") == {"a": "1"}, Headers(A="1") == {"a": "2"})
h.setdefault("Cache-Control", "no-cache")
raw = "\r\n".join(f"{k}: {v}" for k, v in h.items())
print(raw.replace("\r\n", " | "))
try:
    h["missing"]
except KeyError as e:
    print("KeyError:", e)
