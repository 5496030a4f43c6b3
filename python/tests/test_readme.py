"""The documented Python examples run as written (so they cannot drift): the
examples of docs/python.md and the quick starts of the README and of the
package's own python/README.md."""

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def example(path, heading):
    """The first ```python block after `heading` in the file at `path`."""
    section = (ROOT / path).read_text().split(f"\n{heading}\n", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def printed_by(code, name):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, name, "exec"), {"__name__": "docs"})
    return out.getvalue().splitlines()


def test_docs_python_example(tmp_path, monkeypatch):
    code = example("docs/python.md", "## Example")
    (tmp_path / "data").mkdir()
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    assert printed_by(code, "docs/python.md") == ["HostError KeyError: 'plum'", "2 8"]


def test_docs_python_durable_runs_example():
    code = example("docs/python.md", "## Durable runs")
    assert printed_by(code, "docs/python.md") == [
        "approve [250] {'reason': 'refund'}",
        "asking for 250",
        "refunded 250",
        "['a', 'b', 'c']",
        "['A', 'B', 'C']",
    ]


def test_docs_python_tools_example(tracker_command):
    code = example("docs/python.md", "## Tools from MCP servers")
    as_written = '["python3", "tool_server.py", "stdio"]'
    assert as_written in code
    code = code.replace(as_written, repr(tracker_command))
    assert printed_by(code, "docs/python.md") == [
        "# tools.tracker: 11 tools from the MCP server 'tracker' (issue-tracker 1.0)",
        "[1, 3] closed",
    ]


def test_readme_quick_start():
    code = example("README.md", "### Python")
    assert printed_by(code, "README.md") == ["45", "42", "ZeroDivisionError"]


def test_package_readme_quick_start():
    code = example("python/README.md", "## Quick start")
    assert printed_by(code, "python/README.md") == ["45", "'aaa'"]
