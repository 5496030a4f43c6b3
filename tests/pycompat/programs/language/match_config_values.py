# Normalizing heterogeneous config values with match: type patterns, literals and nested lists
def normalize(key: str, value) -> str:
    match value:
        case None:
            return f"{key}: <unset>"
        case True | False as flag:
            return f"{key}: {'on' if flag else 'off'}"
        case int(n) if n < 0:
            return f"{key}: invalid negative {n}"
        case int(n) | float(n):
            return f"{key}: number {n}"
        case "":
            return f"{key}: <empty string>"
        case str(s) if s.lower() in ("yes", "no"):
            return f"{key}: {'on' if s.lower() == 'yes' else 'off'} (from string)"
        case str(s):
            return f"{key}: text {s.strip()!r}"
        case [] | ():
            return f"{key}: empty list"
        case [str() as only]:
            return f"{key}: single item {only!r}"
        case [int() | float() as lo, int() | float() as hi] if lo <= hi:
            return f"{key}: range {lo}..{hi}"
        case [*items] if all(isinstance(i, str) for i in items):
            return f"{key}: {len(items)} items -> {' / '.join(items)}"
        case {"env": env, **others}:
            return f"{key}: section for env={env} with {len(others)} other key(s)"
        case dict():
            return f"{key}: section without env"
        case _:
            return f"{key}: unsupported {type(value).__name__}"


settings = {
    "timeout": 30,
    "ratio": 0.75,
    "retries": -1,
    "debug": True,
    "cache": False,
    "name": "  demo app ",
    "legacy": "YES",
    "motd": "",
    "plugins": [],
    "admins": ["root"],
    "ports": [8000, 8080],
    "bad_range": [9, 1],
    "hosts": ["a.example", "b.example", "c.example"],
    "db": {"env": "prod", "host": "db1", "port": 5432},
    "extra": {"x": 1},
    "limit": None,
    "blob": b"\x00\x01",
}
for k, v in settings.items():
    print(normalize(k, v))
