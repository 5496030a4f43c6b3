# Decide which files a backup job includes using fnmatch include/exclude rules, with a per-rule report.
import fnmatch
import re

FILES = [
    "src/main.py", "src/util.py", "src/__pycache__/util.cpython-311.pyc",
    "notes/todo.txt", "notes/Draft.TXT", "data/2024-01.csv", "data/2024-02.csv",
    "data/tmp/scratch.csv", "build/app.bin", ".env", "README.md", "logo[1].png",
]

INCLUDE = ["src/*.py", "*.txt", "data/2024-0[1-6].csv", "*.md", "logo[[]*].png"]
EXCLUDE = ["*/__pycache__/*", "*.pyc", ".*", "data/tmp/*"]


def decide(path):
    for pat in EXCLUDE:
        if fnmatch.fnmatchcase(path, pat):
            return False, f"excluded by {pat}"
    for pat in INCLUDE:
        if fnmatch.fnmatchcase(path, pat):
            return True, f"included by {pat}"
    return False, "no rule"


for f in FILES:
    ok, why = decide(f)
    print(f"{'+' if ok else '-'} {f:<40} {why}")

for pat in INCLUDE:
    print(f"{pat:<22} -> {fnmatch.filter(FILES, pat)}")
print(fnmatch.fnmatch("notes/Draft.TXT", "*.txt"), fnmatch.fnmatchcase("notes/Draft.TXT", "*.txt"))
regex = fnmatch.translate("data/*.csv")
print(regex, bool(re.match(regex, "data/x/y.csv")))
print(sorted({p.rsplit("/", 1)[0] for p in FILES if "/" in p and fnmatch.fnmatch(p, "*.csv")}))
