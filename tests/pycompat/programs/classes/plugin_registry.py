# Plugin registry using __init_subclass__ to auto-register subclasses
class Plugin:
    registry: dict[str, type["Plugin"]] = {}
    name: str = "base"

    def __init_subclass__(cls, name: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        Plugin.registry[cls.name] = cls

    def run(self, text: str) -> str:
        raise NotImplementedError

    def __repr__(self):
        return f"<Plugin {self.name}>"


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class CountWords(Plugin, name="wc"):
    def run(self, text):
        return f"{len(text.split())} words"


class ShoutReverse(Reverse, name="shout_rev"):
    def run(self, text):
        return super().run(text).upper() + "!"


def build_pipeline(names: list[str]) -> list[Plugin]:
    pipeline = []
    for n in names:
        cls = Plugin.registry.get(n)
        if cls is None:
            print(f"  unknown plugin {n!r}, skipping")
            continue
        pipeline.append(cls())
    return pipeline


print("Registered:", sorted(Plugin.registry))
text = "hello plugin world"
for plugin_name in Plugin.registry:
    plugin = Plugin.registry[plugin_name]()
    print(f"{plugin!r:20} -> {plugin.run(text)}")

pipeline = build_pipeline(["upper", "missing", "rev"])
print("Pipeline:", pipeline)
result = text
for p in pipeline:
    result = p.run(result)
print("Result:", result)
print("ShoutReverse bases:", [b.__name__ for b in ShoutReverse.__mro__])
