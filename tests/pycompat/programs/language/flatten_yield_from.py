# Flattening nested structures and walking trees with recursive `yield from`
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def walk(tree: dict, path: str = ""):
    """Yield (path, value) for every leaf in a nested dict."""
    for key, value in tree.items():
        full = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            yield from walk(value, full)
        else:
            yield full, value


def chain(*iterables):
    for it in iterables:
        yield from it


def delegator():
    result = yield from sub_task()
    yield f"sub_task returned {result!r}"


def sub_task():
    yield "step 1"
    yield "step 2"
    return "done"


nested = [1, [2, 3, [4, [5, 6]], 7], (8, 9), [[[10]]]]
print("flatten:", list(flatten(nested)))
print("sum:", sum(flatten(nested)))

config = {
    "server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": True, "cert": "/etc/cert.pem"}},
    "db": {"url": "postgres://db", "pool": 5},
    "debug": False,
}
for path, value in walk(config):
    print(f"  {path:<20} = {value!r}")

print("chain:", list(chain("ab", [1, 2], range(3))))
print("delegation:", list(delegator()))
paths = dict(walk(config))
print("lookup server.tls.cert:", paths["server.tls.cert"])
print("leaf count:", len(paths))
