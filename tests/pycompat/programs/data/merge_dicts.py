# Merge configuration dictionaries with defaults, overrides and deep merging.
defaults = {"host": "localhost", "port": 8000, "debug": False, "db": {"name": "app", "pool": 5}}
env = {"port": 9000, "db": {"pool": 20}}
cli = {"debug": True, "workers": 4}

shallow = {**defaults, **env, **cli}
print("unpack merge:", shallow)
print("pipe merge:  ", defaults | env | cli)

merged = dict(defaults)
merged.update(env)
print("update:", merged)

combined = defaults.copy()
combined |= cli
print("in-place |=:", combined)


def deep_merge(a: dict, b: dict) -> dict:
    result = dict(a)
    for k, v in b.items():
        if k in result and isinstance(result[k], dict) and isinstance(v, dict):
            result[k] = deep_merge(result[k], v)
        else:
            result[k] = v
    return result


deep = deep_merge(deep_merge(defaults, env), cli)
print("deep merge:", deep)
print("defaults unchanged:", defaults)
print("keys order:", list(deep))

counts_a = {"apples": 3, "pears": 1}
counts_b = {"pears": 4, "plums": 2}
summed = {k: counts_a.get(k, 0) + counts_b.get(k, 0) for k in {**counts_a, **counts_b}}
print("summed counts:", summed)
print("common keys:", sorted(counts_a.keys() & counts_b.keys()), "all keys:", sorted(counts_a.keys() | counts_b.keys()))
