# Review configuration changes: unified and context diffs between versions plus similarity scores.
import difflib

OLD = """[server]
host = 0.0.0.0
port = 8080
workers = 4
timeout = 30

[database]
url = postgres://db.internal/app
pool_size = 10
echo = false
""".splitlines(keepends=True)

NEW = """[server]
host = 0.0.0.0
port = 9090
workers = 8
timeout = 30
keepalive = 5

[database]
url = postgres://db.internal/app
pool_size = 20
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(OLD, NEW, fromfile="app.ini@v1", tofile="app.ini@v2", n=1)))
print("".join(difflib.context_diff(OLD[:5], NEW[:6], fromfile="v1", tofile="v2", n=0)))

matcher = difflib.SequenceMatcher(None, OLD, NEW)
print(f"line similarity: {matcher.ratio():.3f}")
for tag, i1, i2, j1, j2 in matcher.get_opcodes():
    if tag != "equal":
        print(f"{tag:>8}: old[{i1}:{i2}] -> new[{j1}:{j2}]",
              [l.strip() for l in OLD[i1:i2]], [l.strip() for l in NEW[j1:j2]])

changed = [(o.strip(), n.strip()) for o, n in zip(OLD, NEW) if o != n and "=" in o and "=" in n]
for o, n in changed:
    sm = difflib.SequenceMatcher(None, o, n)
    blocks = [o[b.a:b.a + b.size] for b in sm.get_matching_blocks() if b.size]
    print(f"{o!r:>24} vs {n!r:<22} ratio={sm.ratio():.2f} common={blocks}")

print("".join(difflib.ndiff(["workers = 4\n", "timeout = 30\n"], ["workers = 8\n", "timeout = 30\n"])))
