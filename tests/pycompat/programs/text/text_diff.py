# Compare two versions of a text with difflib and report similarity.
import difflib

old = """def greet(name):
    print("Hello " + name)
    return None

greet("world")
""".splitlines()

new = """def greet(name: str) -> None:
    print(f"Hello {name}")

greet("world")
greet("python")
""".splitlines()

for line in difflib.unified_diff(old, new, fromfile="v1.py", tofile="v2.py", lineterm=""):
    print(line)

print()
for line in difflib.ndiff(["apple", "banana", "cherry"], ["apple", "blueberry", "cherry", "date"]):
    print(repr(line))

for a, b in [("python", "pyhton"), ("hello world", "hello there"), ("abc", "xyz")]:
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    print(f"{a!r} vs {b!r}: {ratio:.3f}")

words = ["apple", "application", "apply", "ape", "maple", "happy"]
print("close to 'appel':", difflib.get_close_matches("appel", words))
print("close to 'aple' n=2:", difflib.get_close_matches("aple", words, n=2, cutoff=0.5))

sm = difflib.SequenceMatcher(None, "The quick brown fox", "The quack brown box")
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:8} a[{i1}:{i2}]={sm.a[i1:i2]!r} b[{j1}:{j2}]={sm.b[j1:j2]!r}")
