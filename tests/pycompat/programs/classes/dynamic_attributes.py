# Settings object manipulated with getattr/setattr/hasattr/delattr and vars()
class Settings:
    DEFAULTS = {"theme": "light", "font_size": 12, "autosave": True}

    def __init__(self, **overrides):
        for key, value in self.DEFAULTS.items():
            setattr(self, key, value)
        for key, value in overrides.items():
            if key not in self.DEFAULTS:
                raise AttributeError(f"unknown setting {key!r}")
            setattr(self, key, value)

    def update_from_strings(self, pairs: dict[str, str]) -> list[str]:
        changed = []
        for key, raw in pairs.items():
            if not hasattr(self, key):
                print(f"  skipping unknown {key}")
                continue
            current = getattr(self, key)
            if isinstance(current, bool):
                value = raw.lower() in ("1", "true", "yes")
            elif isinstance(current, int):
                value = int(raw)
            else:
                value = raw
            if value != current:
                setattr(self, key, value)
                changed.append(key)
        return changed

    def reset(self, key: str) -> None:
        delattr(self, key)
        setattr(self, key, self.DEFAULTS[key])

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Settings({body})"


s = Settings(font_size=14)
print(s)
print("vars:", vars(s))
print("__dict__ is vars:", s.__dict__ is vars(s))
changed = s.update_from_strings({"theme": "dark", "font_size": "14", "autosave": "no", "color": "red"})
print("changed:", changed)
print(s)
print("getattr with default:", getattr(s, "language", "en"))
s.reset("theme")
print("after reset:", s.theme)
s.__dict__["font_size"] = 20
print("direct dict write:", s.font_size)
try:
    Settings(colour="blue")
except AttributeError as e:
    print("AttributeError:", e)
for name in ("theme", "missing", "reset", "DEFAULTS"):
    attr = getattr(s, name, None)
    print(f"{name:<9} has={hasattr(s, name)!s:<5} callable={callable(attr)}")
