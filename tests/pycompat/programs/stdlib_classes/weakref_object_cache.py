# Object cache and observer registry built on weakref: WeakValueDictionary, WeakSet, ref and finalize
import weakref
from typing import Dict, List


class Image:
    loads = 0

    def __init__(self, path: str) -> None:
        Image.loads += 1
        self.path = path
        self.pixels = [0] * 16

    def __repr__(self) -> str:
        return f"Image({self.path!r})"


class ImageCache:
    def __init__(self) -> None:
        self._cache: "weakref.WeakValueDictionary[str, Image]" = weakref.WeakValueDictionary()

    def get(self, path: str) -> Image:
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
        return img

    def __len__(self) -> int:
        return len(self._cache)


class EventBus:
    def __init__(self) -> None:
        self._listeners = weakref.WeakSet()
        self.log: List[str] = []

    def subscribe(self, listener) -> None:
        self._listeners.add(listener)

    def publish(self, event: str) -> None:
        for listener in sorted(self._listeners, key=lambda l: l.name):
            self.log.append(listener.notify(event))


class Listener:
    def __init__(self, name: str) -> None:
        self.name = name

    def notify(self, event: str) -> str:
        return f"{self.name} got {event}"


cache = ImageCache()
a = cache.get("logo.png")
b = cache.get("logo.png")
c = cache.get("banner.png")
print("same object:", a is b, "loads:", Image.loads, "cached:", len(cache), sorted(cache._cache.keys()))

bus = EventBus()
l1, l2 = Listener("audit"), Listener("mailer")
bus.subscribe(l1)
bus.subscribe(l2)
bus.subscribe(l1)
bus.publish("user.created")
print("listeners:", len(bus._listeners), l1 in bus._listeners)
print(bus.log)

r = weakref.ref(a)
print("ref alive:", r() is a, r() is cache.get("logo.png"), r == weakref.ref(b))
notes: Dict[str, str] = {}
fin = weakref.finalize(c, notes.__setitem__, "banner.png", "released")
print("finalizer alive:", fin.alive, notes)
fin()
print("after explicit call:", fin.alive, notes, fin() is None)
proxy = weakref.proxy(l2)
print("proxy:", proxy.name, proxy.notify("ping"))
for obj in (42, "text", [1, 2], {"k": 1}):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)
