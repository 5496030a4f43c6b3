"""Typed errors: Python exceptions, syntax errors, limits, bad settings."""

import pickle
from pathlib import Path

import pytest

import mpsandbox


def test_python_error_carries_type_message_traceback_and_output():
    with pytest.raises(mpsandbox.PythonError) as info:
        mpsandbox.run("print('before')\ndef f():\n    return 1 / 0\nf()")
    e = info.value
    assert isinstance(e, mpsandbox.SandboxError)
    assert e.type == "ZeroDivisionError"
    assert e.message == "divide by zero"
    assert e.traceback.startswith("Traceback (most recent call last):")
    assert e.traceback.rstrip().endswith("ZeroDivisionError: divide by zero")
    assert ", line 3, in f" in e.traceback
    assert e.stdout == "before\n"
    assert str(e) == e.traceback.rstrip()


def test_user_exception_class_names_survive():
    with pytest.raises(mpsandbox.PythonError) as info:
        mpsandbox.run("class Oops(ValueError):\n    pass\nraise Oops('bad %d' % 7)")
    assert (info.value.type, info.value.message) == ("Oops", "bad 7")


def test_syntax_error_has_line_and_column():
    with pytest.raises(mpsandbox.PythonSyntaxError) as info:
        mpsandbox.run("x = 1\ny = (\n")
    e = info.value
    assert e.type == "SyntaxError"
    assert e.line >= 2
    assert e.column >= 0
    assert e.filename == "<stdin>"
    with pytest.raises(mpsandbox.PythonSyntaxError) as info:
        mpsandbox.run("a = 1\nb = 2 +* 3")
    assert (info.value.line, info.value.column) == (2, 8)  # the `*`


@pytest.mark.parametrize(
    "kind, settings, code",
    [
        ("timeout", {"timeout": 0.2}, "while True:\n    pass"),
        ("fuel", {"fuel": 1_000_000}, "while True:\n    pass"),
        ("output", {"max_output": 1000}, "while True:\n    print('y' * 100)"),
        ("memory", {"memory": 4 << 20}, "import sys\nx = bytearray(64 << 20)"),
    ],
)
def test_limits_raise_limit_exceeded_with_kind(kind, settings, code):
    sandbox = mpsandbox.Sandbox(**settings)
    s = sandbox.session()
    try:
        s.exec(code)
    except mpsandbox.PythonError as e:
        # A refused allocation MicroPython can recover from is MemoryError.
        assert kind == "memory" and e.type == "MemoryError"
        return
    except mpsandbox.LimitExceeded as e:
        assert (e.kind, e.limit) == ("limit", kind)
        assert isinstance(e, mpsandbox.SandboxError)
        assert s.poisoned
        with pytest.raises(mpsandbox.SessionPoisoned):
            s.exec("print(1)")
        s.reset()
        assert s.exec("print('again')").stdout == "again\n"
        return
    pytest.fail("the limit did not stop the call")


def test_output_before_the_cap_is_kept():
    with pytest.raises(mpsandbox.LimitExceeded) as info:
        mpsandbox.run("print('kept')\nwhile True:\n    print('y' * 100)", max_output=1000)
    assert info.value.limit == "output"
    assert info.value.stdout.startswith("kept\n")
    assert len(info.value.stdout) <= 1000


def test_catching_everything_does_not_escape_the_timeout():
    code = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass"
    with pytest.raises(mpsandbox.LimitExceeded) as info:
        mpsandbox.run(code, timeout=0.3)
    assert info.value.limit == "timeout"


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": -1.0},
        {"timeout": float("nan")},
        {"dirs": {"/data": "/no/such/directory"}},
        {"dirs": {"/data": ("/tmp", "write-only")}},
        {"dirs": ["/tmp"]},
        {"functions": {"not an identifier": len}},
        {"functions": {"call": len}},
        {"functions": {"f": 42}},
        {"allow_http": ["http://not a pattern"]},
        {"max_host_value": 1 << 30},
        {"memory": 1000},
    ],
)
def test_bad_settings_raise_configuration_error(settings):
    with pytest.raises(mpsandbox.ConfigurationError) as info:
        mpsandbox.Sandbox(**settings).run("print(1)")
    assert isinstance(info.value, ValueError)
    assert str(info.value)


def test_errors_pickle_with_their_attributes():
    with pytest.raises(mpsandbox.PythonError) as info:
        mpsandbox.run("print('o')\nraise ValueError('v')")
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is mpsandbox.PythonError
    assert (copy.type, copy.message, copy.stdout) == ("ValueError", "v", "o\n")
    assert str(copy) == str(info.value)


def test_sys_exit():
    assert mpsandbox.run("import sys\nprint('bye')\nsys.exit(0)").stdout == "bye\n"
    with pytest.raises(mpsandbox.PythonError) as info:
        mpsandbox.run("import sys\nsys.exit(3)")
    assert (info.value.type, info.value.message) == ("SystemExit", "3")


def test_a_timeout_of_zero_means_no_limit_as_in_every_host():
    assert mpsandbox.Sandbox(timeout=0).limits["timeout"] is None
    assert mpsandbox.run("import time\ntime.sleep(0.05)\nprint('slept')", timeout=0).stdout == "slept\n"


ERRORS_MD = Path(__file__).resolve().parents[2] / "docs" / "errors.md"


def documented_errors():
    """(kind, class, exit status) rows of docs/errors.md's table."""
    table = ERRORS_MD.read_text().split("| kind | class | exit |", 1)[1]
    rows = []
    for line in table.splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip().strip("`") for c in line.split("|")]
        rows.append((cells[1], cells[2], int(cells[3])))
    return rows


def test_error_classes_are_the_documented_table():
    exported = {
        name: cls
        for name, cls in vars(mpsandbox).items()
        if isinstance(cls, type) and issubclass(cls, mpsandbox.SandboxError) and cls is not mpsandbox.SandboxError
    }
    documented = {cls: kind for kind, cls, _ in documented_errors()}
    assert set(exported) == set(documented)
    for name, cls in exported.items():
        assert cls.kind == documented[name], name
        assert name in mpsandbox.__all__
