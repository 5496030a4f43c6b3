#!/usr/bin/env python3
"""The module list of docs/compatibility.md, generated from the component: the names
`help('modules')` prints in a fresh sandbox, each with where it comes from
(C in the interpreter, a module written here in guest-micropython/lib, or
CPython's / MicroPython's own Python adapted by guest-micropython/patches/stdlib).

  modules-table.py --mpsandbox BIN            rewrite the list in docs/compatibility.md
  modules-table.py --mpsandbox BIN --check    fail if that list is stale
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "compatibility.md"
LIB = ROOT / "guest-micropython" / "lib"
PATCHES = ROOT / "guest-micropython" / "patches" / "stdlib"
BEGIN, END = "<!-- modules:begin (scripts/modules-table.py) -->", "<!-- modules:end -->"


def module_names(binary):
    out = subprocess.run([binary, "-c", "help('modules')"], capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        if line.startswith("Plus any"):
            break
        names.update(line.split())
    return sorted(names - {"__main__"})


def upstream_modules():
    """module -> (tree, path, patched) of the upstream file each patch adapts."""
    found = {}
    for p in sorted(PATCHES.glob("*.patch")):
        text = p.read_text()
        to = re.search(r"^To: *(\S+)", text, re.M)
        target = to.group(1) if to else p.stem.replace(".", "/") + ".py"
        module = target[:-3].replace("/__init__", "").replace("/", ".")
        m = re.search(r"^From: *(\w+):(\S+)", text, re.M)
        found[module] = (m.group(1), m.group(2), "--- a/" in text)
    return found


def written_here(name):
    base = LIB / name.replace(".", "/")
    for f in (base.with_suffix(".py"), base / "__init__.py"):
        if f.exists():
            return f.relative_to(ROOT).as_posix()
    return None


def origin(name, upstream):
    """Where module `name` comes from: C when it has no Python source, or
    when its frozen module extends the C module of its name (importing it as
    u<name>); the Python source's origin otherwise or as well."""
    here, up = written_here(name), upstream.get(name)
    if up:
        tree, path, patched = up
        src = {"cpython": "CPython 3.11's", "micropython": "MicroPython's"}[tree]
        what = f"{src} `{path}`" + (", adapted (`patches/stdlib`)" if patched else ", unchanged")
    elif here:
        what = f"written here (`{here}`)"
    else:
        return "C in the interpreter"
    last = name.split(".")[-1]
    if here and re.search(rf"^\s*(from|import)\s+u{last}\b", (ROOT / here).read_text(), re.M):
        return f"C in the interpreter + {what}"
    return what


def table(binary):
    upstream = upstream_modules()
    rows = ["| module | from |", "| --- | --- |"]
    rows += [f"| `{n}` | {origin(n, upstream)} |" for n in module_names(binary)]
    return "\n".join(rows) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mpsandbox", required=True)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text = PAGE.read_text()
    if BEGIN not in text or END not in text:
        sys.exit(f"docs/compatibility.md lacks the {BEGIN} ... {END} markers")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = head + BEGIN + "\n" + table(a.mpsandbox) + END + tail
    if a.check:
        if new != text:
            sys.exit("docs/compatibility.md's module list is stale: run scripts/modules-table.py --mpsandbox BIN")
        print("docs/compatibility.md's module list is current")
        return
    PAGE.write_text(new)


if __name__ == "__main__":
    main()
