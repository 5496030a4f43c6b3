#!/usr/bin/env python3
"""Compares two run-tests.py logs (native unix port vs the sandbox).

    report.py NATIVE_LOG SANDBOX_LOG EXCLUSIONS_FILE

Prints, per suite, passed/failed/skipped for each side and the tests that
pass natively but not in the sandbox; the last line is
`compat: native N passed, sandbox M passed, K unexplained`, and the exit
status is 0 only when K is 0. K counts tests that pass natively, do not pass
in the sandbox, and are not listed (with a reason) in EXCLUSIONS_FILE.
"""
import re
import sys
from collections import defaultdict

LINE = re.compile(r"^(pass|FAIL|skip)\s+(\S+)")


def outcomes(log_path):
    """{test path: 'pass' | 'FAIL' | 'skip'} from run-tests.py's output."""
    result = {}
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line)
            if m:
                result[m.group(2)] = m.group(1)
    return result


def exclusions(path):
    """{test path: reason}; lines are `path  # reason`, blank and # lines skipped."""
    result = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            test, _, reason = line.partition("#")
            if not reason.strip():
                sys.exit(f"{path}:{number}: every exclusion needs a reason after '#'")
            result[test.strip()] = reason.strip()
    return result


def main():
    native, sandbox = outcomes(sys.argv[1]), outcomes(sys.argv[2])
    excluded = exclusions(sys.argv[3])
    suites = defaultdict(lambda: {"native": defaultdict(int), "sandbox": defaultdict(int), "lost": []})
    for test in sorted(set(native) | set(sandbox)):
        suite = test.split("/")[-2] if "/" in test else "."
        n, s = native.get(test, "missing"), sandbox.get(test, "missing")
        suites[suite]["native"][n] += 1
        suites[suite]["sandbox"][s] += 1
        if n == "pass" and s != "pass":
            suites[suite]["lost"].append(test)

    header = f"{'suite':<12} {'native pass/fail/skip':>22} {'sandbox pass/fail/skip':>23}"
    print(header)
    print("-" * len(header))
    unexplained = []
    for name, suite in sorted(suites.items()):
        counts = lambda side: "{}/{}/{}".format(*(suite[side][k] for k in ("pass", "FAIL", "skip")))
        print(f"{name:<12} {counts('native'):>22} {counts('sandbox'):>23}")
        for test in suite["lost"]:
            reason = excluded.get(test)
            print(f"    passes natively, not in the sandbox: {test}" + (f"  (excluded: {reason})" if reason else "  UNEXPLAINED"))
            if reason is None:
                unexplained.append(test)
    stale = sorted(t for t in excluded if not (native.get(t) == "pass" and sandbox.get(t) != "pass"))
    for test in stale:
        print(f"note: exclusion no longer needed: {test}")
    total = lambda side: sum(1 for v in side.values() if v == "pass")
    print(f"compat: native {total(native)} passed, sandbox {total(sandbox)} passed, {len(unexplained)} unexplained")
    return 0 if not unexplained else 1


if __name__ == "__main__":
    sys.exit(main())
