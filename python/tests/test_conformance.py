"""The conformance suite every host of the component runs
(tests/conformance/cases.json), through this package."""

import json
import re
from pathlib import Path

import pytest

import mpsandbox

SUITE = Path(__file__).resolve().parents[2] / "tests" / "conformance" / "cases.json"
CASES = json.loads(SUITE.read_text())["cases"]

# What this host offers of the suite's `needs`: everything.
OFFERS = {"sessions", "grants", "read-only-grants", "output-cap", "memory-cap"}
# The suite's memory cap, set by every driver.
MEMORY_CAP = 64 << 20


def traceback_line(text):
    lines = re.findall(r", line (\d+)", text or "")
    return int(lines[-1]) if lines else None


def outcome(case, tmp_path):
    dirs = None
    grant = case.get("grant")
    if grant:
        for name, content in grant["files"].items():
            (tmp_path / name).write_text(content)
        dirs = {grant["guest"]: (tmp_path, "ro" if grant.get("read_only") else "rw")}
    sandbox = mpsandbox.Sandbox(dirs=dirs, timeout=5, max_output=64 << 10, memory=MEMORY_CAP)
    calls = case.get("session") or [case["code"]]
    with sandbox.session() as s:
        for call in calls[:-1]:
            s.exec(call)
        try:
            r = s.exec(calls[-1])
            return r.stdout, r.stderr, None
        except mpsandbox.PythonError as e:
            error = e, {"kind": "exception", "type": e.type, "message": e.message, "line": traceback_line(e.traceback)}
        except mpsandbox.PythonSyntaxError as e:
            error = e, {"kind": "syntax", "type": e.type, "message": e.message, "line": e.line}
        except mpsandbox.LimitExceeded as e:
            error = e, {"kind": "limit", "limit": e.limit}
        raised, data = error
        return raised.stdout, raised.stderr, data


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_conformance(case, tmp_path):
    missing = set(case.get("needs", [])) - OFFERS
    assert not missing, f"this host offers everything the suite names, not {missing}"
    stdout, stderr, error = outcome(case, tmp_path)
    if "stdout" in case:
        assert stdout == case["stdout"]
    if "stderr" in case:
        assert stderr == case["stderr"]
    want = case.get("error")
    if want is None:
        assert error is None
    else:
        assert error is not None, "the call succeeded"
        if error["kind"] == "exception" and error["type"] == want.get("or_exception"):
            return
        assert error["kind"] == want["kind"]
        for key in ("type", "message", "line"):
            if key in want:
                assert error[key] == want[key], key
        if want.get("limit") not in (None, "any"):
            assert error["limit"] == want["limit"]
    for name, content in case.get("unchanged", {}).items():
        assert (tmp_path / name).read_text() == content
    if case.get("grant", {}).get("read_only"):
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(case["grant"]["files"])


def test_the_suite_is_all_here():
    assert len(CASES) >= 18
