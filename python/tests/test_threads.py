"""The GIL is released while a sandbox runs: Python threads run sandboxes
in parallel, and other Python code runs meanwhile."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import mpsandbox


def test_two_sandboxes_run_at_the_same_time():
    # Each call waits inside a host function until the other call has
    # reached it too. If a call held the GIL (or a global lock) while the
    # guest ran, the second could never start and the barrier would break.
    barrier = threading.Barrier(2, timeout=20)
    sb = mpsandbox.Sandbox(functions={"meet": lambda: barrier.wait()})

    def job(i):
        return sb.run(f"from host import meet\nx = sum(range({i} * 1000))\nmeet()\nprint(x)").stdout

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(job, [1, 2]))
    assert results == [f"{sum(range(1000))}\n", f"{sum(range(2000))}\n"]
    assert not barrier.broken


def test_python_threads_progress_while_the_guest_computes():
    # A guest call spins until the host flips a flag; only a thread of this
    # process can flip it, and it can only run if the call let the GIL go.
    flag = threading.Event()
    sb = mpsandbox.Sandbox(functions={"done": lambda: flag.is_set()}, timeout=20, max_host_calls=10**9)
    flipper = threading.Timer(0.05, flag.set)
    flipper.start()
    out = sb.run("from host import done\nn = 0\nwhile not done():\n    n += 1\nprint('released')")
    assert out.stdout == "released\n"


def test_many_threads_many_sessions_correct_results():
    sb = mpsandbox.Sandbox()

    def job(i):
        with sb.session() as s:
            s.exec(f"acc = []\nfor k in range({i}):\n    acc.append(k * k)")
            return s.eval("sum(acc)").value

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(job, range(64)))
    assert got == [str(sum(k * k for k in range(i))) for i in range(64)]


def test_one_session_shared_by_threads_takes_turns():
    s = mpsandbox.Sandbox().session()
    s.exec("n = 0")

    def bump(_):
        s.exec("for _ in range(100):\n    n += 1")

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(bump, range(20)))
    assert s.eval("n").value == "2000"


def test_interrupt_from_another_thread():
    started = threading.Event()
    s = mpsandbox.Sandbox(functions={"mark": lambda: started.set()}, timeout=30).session()
    stopper = threading.Thread(target=lambda: (started.wait(10), s.interrupt()))
    stopper.start()
    with pytest.raises(mpsandbox.Interrupted):
        s.exec("from host import mark\nmark()\nwhile True:\n    pass")
    stopper.join()
    assert s.poisoned
    s.reset()
    assert s.eval("1 + 1").value == "2"
