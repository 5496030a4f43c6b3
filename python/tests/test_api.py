"""The package's API: one-shot runs, sandboxes, sessions, results."""

import pytest

import mpsandbox


def test_run_returns_output_and_stats():
    r = mpsandbox.run("import sys\nprint(sum(range(10)))\nsys.stderr.write('note\\n')")
    assert r.stdout == "45\n"
    assert r.stderr == "note\n"
    assert r.value is None
    assert r.stats.duration > 0
    assert r.stats.fuel is None  # unmetered unless a fuel limit is set
    assert r.stats.peak_memory > 0


def test_fuel_is_counted_when_limited():
    r = mpsandbox.run("x = 0\nfor i in range(1000):\n    x += i", fuel=10**9)
    assert 0 < r.stats.fuel < 10**9


def test_session_keeps_globals_and_eval_gives_repr():
    with mpsandbox.Sandbox().session() as s:
        s.exec("x = 40\ndef f(y):\n    return {'sum': x + y}")
        assert s.eval("f(2)").value == "{'sum': 42}"
        assert s.eval("'text'").value == "'text'"
        assert s.exec("print(x)").stdout == "40\n"


def test_exec_filename_names_the_traceback():
    s = mpsandbox.Sandbox().session()
    with pytest.raises(mpsandbox.PythonError) as e:
        s.exec("x = 1\nraise KeyError('k')", filename="job.py")
    assert 'File "job.py", line 2' in e.value.traceback


def test_sessions_are_isolated():
    sandbox = mpsandbox.Sandbox()
    a, b = sandbox.session(), sandbox.session()
    a.exec("secret = 1")
    with pytest.raises(mpsandbox.PythonError) as e:
        b.exec("print(secret)")
    assert e.value.type == "NameError"


def test_reset_gives_a_fresh_interpreter():
    s = mpsandbox.Sandbox().session()
    s.exec("x = 1")
    s.reset()
    with pytest.raises(mpsandbox.PythonError):
        s.exec("x")


def test_closed_session_refuses_calls():
    s = mpsandbox.Sandbox().session()
    with s:
        s.exec("pass")
    assert s.closed
    with pytest.raises(mpsandbox.SessionClosed):
        s.exec("pass")
    s.close()  # closing twice is fine


def test_limits_are_reported():
    sb = mpsandbox.Sandbox(timeout=None, memory=8 << 20, fuel=123, max_output=10)
    assert sb.limits["timeout"] is None
    assert sb.limits["memory"] == 8 << 20
    assert sb.limits["fuel"] == 123
    assert sb.limits["max_output"] == 10
    assert mpsandbox.Sandbox().limits["timeout"] == mpsandbox.DEFAULT_TIMEOUT
    assert mpsandbox.Sandbox().limits["memory"] == mpsandbox.DEFAULT_MEMORY


def test_runtime_with_its_own_cache(tmp_path):
    rt = mpsandbox.Runtime(code_cache_dir=tmp_path, instance_pool=2)
    assert rt.code_cache_dir == tmp_path
    assert mpsandbox.Sandbox(runtime=rt).run("print('cached')").stdout == "cached\n"
    assert any(p.suffix == ".cwasm" for p in tmp_path.iterdir())
    # More sessions than the pool holds still work.
    sessions = [mpsandbox.Sandbox(runtime=rt).session() for _ in range(4)]
    assert [s.eval(str(i)).value for i, s in enumerate(sessions)] == ["0", "1", "2", "3"]


def test_runtime_without_cache_and_a_bad_component(tmp_path):
    assert mpsandbox.Runtime(code_cache_dir=None).code_cache_dir is None
    bogus = tmp_path / "not.wasm"
    bogus.write_bytes(b"\0asm\x01\0\0\0")
    with pytest.raises(mpsandbox.ConfigurationError):
        mpsandbox.Runtime(component=bogus)
    with pytest.raises(mpsandbox.ConfigurationError):
        mpsandbox.Runtime(component=tmp_path / "missing.wasm")


def test_reprs_say_what_they_hold():
    r = mpsandbox.run("print(1)")
    assert repr(r).startswith("RunResult(stdout=")
    s = mpsandbox.Sandbox().session()
    assert repr(s) == "<mpsandbox.Session live>"
    s.close()
    assert repr(s) == "<mpsandbox.Session closed>"


def test_the_component_is_embedded():
    assert mpsandbox.COMPONENT_SIZE > 100_000


def test_results_pickle():
    import pickle

    r = mpsandbox.Sandbox().session().eval("[1, 'a']")
    copy = pickle.loads(pickle.dumps(r))
    assert (copy.stdout, copy.value, copy.stats) == (r.stdout, "[1, 'a']", r.stats)
