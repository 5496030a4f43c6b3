"""Durable runs: a run pauses at a host call the caller answers, continues
with the answer (now, after pickling in another process, or twice in two
forks), and bad requests are typed errors that leave it paused."""

import pickle
import subprocess
import sys
import textwrap

import pytest

import mpsandbox

APPROVAL = """
from host import approve
def charge(amount):
    print('asking for', amount)
    ok = approve(amount, reason='refund')
    return 'charged' if ok else 'refused'
print([charge(a) for a in [100, 250]])
"""

GATHER = """
import asyncio
from host import fetch
async def main():
    print(await asyncio.gather(fetch('a'), fetch('b'), fetch('c')))
asyncio.run(main())
"""


def approvals(**settings):
    return mpsandbox.Sandbox(pausing=["approve"], **settings)


def paused(progress):
    assert isinstance(progress, mpsandbox.Pending), progress
    return progress


def done(progress):
    assert isinstance(progress, mpsandbox.RunResult), progress
    return progress.stdout


def test_a_run_pauses_at_each_call_and_continues_with_the_answers():
    s = approvals().session()
    p = paused(s.start(APPROVAL))
    assert (p.stdout, p.stderr) == ("asking for 100\n", "")
    assert p.stats.duration > 0
    [call] = p.calls
    assert (call.name, call.args, call.kwargs, call.awaited) == ("approve", [100], {"reason": "refund"}, False)
    p = paused(p.resume(call, True))
    assert p.stdout == "asking for 250\n"
    assert p.calls[0].id != call.id
    assert done(p.resume(p.calls[0].id, False)) == "['charged', 'refused']\n"
    # The session goes on as any other, with the run's globals.
    assert s.pending() is None
    assert s.eval("charge.__name__").value == "'charge'"


def test_a_run_without_a_pause_gives_the_usual_result():
    s = approvals().session()
    r = s.start("print('no pause')")
    assert isinstance(r, mpsandbox.RunResult) and r.stdout == "no pause\n"
    with pytest.raises(mpsandbox.PythonError) as e:
        s.start("1 / 0")
    assert e.value.type == "ZeroDivisionError"


def test_error_answers_are_raised_at_the_call_site():
    s = approvals().session()
    code = """
from host import approve, HostError, HostLimitError
for expected in (HostError, HostLimitError, TypeError, HostError, TypeError):
    try:
        approve()
    except expected as e:
        print(type(e).__name__, e)
approve()
"""
    p = paused(s.start(code))
    printed = []
    for answer in (
        lambda p: p.resume_error(p.calls[0], "denied by policy"),
        lambda p: p.resume_error(p.calls[0], "over budget", kind="limit"),
        lambda p: p.resume_error(p.calls[0], "approve() takes an amount", kind="invalid_arguments"),
        # An exception instance answers as a host function raising it would.
        lambda p: p.resume(p.calls[0], KeyError("no such order")),
        lambda p: p.resume(p.calls[0], TypeError("bad amount")),
    ):
        p = paused(answer(p))
        printed.append(p.stdout)  # each Pending has the output of its own part
    assert "".join(printed) == (
        "HostError denied by policy\n"
        "HostLimitError over budget\n"
        "TypeError approve() takes an amount\n"
        "HostError KeyError: 'no such order'\n"
        "TypeError bad amount\n"
    )
    with pytest.raises(ValueError, match="none of"):
        p.resume_error(p.calls[0], "x", kind="unknown")
    with pytest.raises(mpsandbox.PythonError) as e:
        p.resume_error(p.calls[0], "denied again")
    assert (e.value.type, e.value.message) == ("HostError", "denied again")
    assert "line 8, in <module>" in e.value.traceback  # the final approve()
    assert s.pending() is None
    assert s.exec("print('after')").stdout == "after\n"


def test_gather_hands_every_awaited_call_over_in_one_pending():
    s = mpsandbox.Sandbox(awaitable=["fetch"]).session()
    p = paused(s.start(GATHER))
    calls = p.calls
    assert [(c.name, c.args, c.awaited) for c in calls] == [
        ("fetch", ["a"], True),
        ("fetch", ["b"], True),
        ("fetch", ["c"], True),
    ]
    # One answer now, the rest later, by call and by id, in another order.
    p = paused(p.resume(calls[1], "B"))
    assert [c.id for c in p.calls] == [calls[0].id, calls[2].id]
    assert done(p.resume_all({calls[2].id: "C", calls[0]: {"page": "A"}})) == "[{'page': 'A'}, 'B', 'C']\n"


def test_a_pickled_pending_resumes_in_another_process(tmp_path):
    s = approvals(fuel=10**9, max_pauses=5).session()
    p = paused(s.start(APPROVAL))
    (tmp_path / "pending.pickle").write_bytes(pickle.dumps(p))
    s.close()
    script = textwrap.dedent(
        """
        import pickle, sys
        import mpsandbox
        p = pickle.loads(open(sys.argv[1], 'rb').read())
        assert isinstance(p, mpsandbox.Pending), p
        assert p.stdout == ''  # the part's output was the first process's to read
        assert p.session.pending().calls == p.calls
        [call] = p.calls
        assert (call.name, call.args, call.kwargs) == ('approve', [100], {'reason': 'refund'}), call
        p = p.resume(call, True)
        print(p.stdout, end='')
        r = p.resume(p.calls[0], True)
        print(r.stdout, end='')
        print(r.stats.fuel > 0)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "pending.pickle")], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "asking for 250\n['charged', 'charged']\nTrue\n"


def test_pickling_keeps_the_settings_and_asks_for_the_callables(tmp_path):
    (tmp_path / "note.txt").write_text("from the grant")
    sandbox = mpsandbox.Sandbox(
        pausing=["approve"],
        functions={"price": lambda item: {"apple": 2}[item]},
        dirs={"/data": tmp_path},
        max_output=1000,
        timeout=None,
    )
    code = """
from host import approve, price
n = approve(price('apple'))
print(price('apple'), open('/data/note.txt').read())
print('x' * n)
"""
    p = paused(sandbox.session().start(code))
    assert p.calls[0].args == [2]
    data = pickle.dumps(p)
    with pytest.raises(mpsandbox.ConfigurationError, match="price"):
        pickle.loads(data)
    with mpsandbox.unpickling(functions={"price": lambda item: {"apple": 3}[item]}):
        loaded, again = pickle.loads(data), pickle.loads(data)
    assert loaded.calls == p.calls
    assert done(loaded.resume(loaded.calls[0], 5)) == "3 from the grant\nxxxxx\n"
    # The rebuilt sandbox has the same output cap.
    with pytest.raises(mpsandbox.LimitExceeded) as e:
        again.resume(again.calls[0], 2000)
    assert e.value.limit == "output"


def test_a_keyed_loader_accepts_only_its_own_signature():
    key = b"k" * 32
    code = "from host import approve\nprint(approve())"
    signed = pickle.dumps(paused(approvals(runtime=mpsandbox.Runtime(snapshot_key=key)).session().start(code)))
    unsigned = pickle.dumps(paused(approvals().session().start(code)))
    for data in (signed, unsigned):
        with pytest.raises(mpsandbox.InvalidSnapshot):
            with mpsandbox.unpickling(runtime=mpsandbox.Runtime(snapshot_key=b"another key of 32 bytes or more.")):
                pickle.loads(data)
    with pytest.raises(mpsandbox.InvalidSnapshot, match="not signed"):
        with mpsandbox.unpickling(runtime=mpsandbox.Runtime(snapshot_key=key)):
            pickle.loads(unsigned)
    with mpsandbox.unpickling(runtime=mpsandbox.Runtime(snapshot_key=key)):
        loaded = pickle.loads(signed)
    assert done(loaded.resume(loaded.calls[0], "signed")) == "signed\n"


def test_a_paused_session_forks():
    sandbox = approvals()
    p = paused(sandbox.session().start("from host import approve\nx = 41\nx += approve()\nprint('x is', x)"))
    snapshot = mpsandbox.Snapshot.from_bytes(bytes(p.snapshot()))
    forks = [sandbox.restore(snapshot).pending() for _ in range(2)]
    assert [f.calls for f in forks] == [p.calls, p.calls]
    assert done(forks[0].resume(forks[0].calls[0], 1)) == "x is 42\n"
    assert done(forks[1].resume(forks[1].calls[0], -41)) == "x is 0\n"
    # The original is still paused, untouched by its forks.
    assert done(p.resume(p.calls[0], 0)) == "x is 41\n"


def test_bad_requests_are_refused_and_leave_the_run_paused():
    s = approvals().session()
    p = paused(s.start("from host import approve\nprint(approve('a'))"))
    [call] = p.calls
    with pytest.raises(mpsandbox.RequestError, match="no paused call has id"):
        p.resume(call.id + 100, 1)
    with pytest.raises(mpsandbox.RequestError, match="answered twice"):
        p.resume_all({call: 1, call.id: 2})
    with pytest.raises(TypeError, match="not JSON-shaped"):
        p.resume(call, {1, 2})
    with pytest.raises(TypeError, match="beyond 64 bits"):
        p.resume_all({call: [2**70]})
    with pytest.raises(TypeError, match="HostCall or its id"):
        p.resume("approve", 1)
    for refused in (lambda: s.exec("x = 1"), lambda: s.eval("1"), lambda: s.start("pass")):
        with pytest.raises(mpsandbox.RequestError, match="paused"):
            refused()
    # Still paused at the same call, which the right answer continues.
    assert s.pending().calls == [call]
    assert done(p.resume(call, "ok")) == "ok\n"
    # Answering it again: this Pending is spent, and nothing is paused.
    with pytest.raises(mpsandbox.RequestError, match="stale"):
        p.resume(call, "again")
    assert s.pending() is None


def test_an_older_pending_cannot_answer_the_next_pause():
    s = approvals().session()
    first = paused(s.start("from host import approve\napprove(1)\nprint(approve(2))"))
    second = paused(first.resume(first.calls[0], None))
    with pytest.raises(mpsandbox.RequestError, match="stale"):
        first.resume(second.calls[0], "wrong pending")
    with pytest.raises(mpsandbox.RequestError, match="stale"):
        first.snapshot()
    assert done(second.resume(second.calls[0], "right one")) == "right one\n"


def test_cancel_then_reuse_the_session():
    s = approvals().session()
    p = paused(s.start("from host import approve\nbefore = 'kept'\napprove()\nafter = 'never'"))
    p.cancel()
    assert s.pending() is None
    with pytest.raises(mpsandbox.RequestError):
        p.resume(p.calls[0], 1)
    assert s.eval("before").value == "'kept'"
    with pytest.raises(mpsandbox.PythonError):
        s.eval("after")
    p = paused(s.start("from host import approve\nprint(approve())"))
    assert done(p.resume(p.calls[0], "again")) == "again\n"
    # reset drops a paused run too.
    paused(s.start("from host import approve\napprove()"))
    s.reset()
    assert s.pending() is None
    assert s.exec("print(2)").stdout == "2\n"


def test_a_dropped_pending_is_found_again():
    s = approvals().session()
    call = paused(s.start("from host import approve\nprint(approve())")).calls[0]
    p = s.pending()
    assert p.calls == [call] and p.session is s
    assert done(p.resume(call, [1, "two"])) == "[1, 'two']\n"


def test_the_pause_cap_raises_host_limit_error_at_the_call_site():
    sandbox = approvals(max_pauses=2)
    assert sandbox.limits["max_pauses"] == 2
    assert mpsandbox.Sandbox().limits["max_pauses"] == mpsandbox.DEFAULT_PAUSES
    code = """
from host import approve, HostLimitError
n = 0
try:
    while True:
        approve()
        n += 1
except HostLimitError as e:
    print(n, e)
"""
    progress = sandbox.session().start(code)
    answered = 0
    while isinstance(progress, mpsandbox.Pending):
        answered += 1
        progress = progress.resume(progress.calls[0], None)
    assert answered == 2
    assert progress.stdout == "2 more than 2 pauses in one run\n"


def test_pausing_functions_outside_a_pausable_run_and_bad_settings():
    s = approvals().session()
    with pytest.raises(mpsandbox.PythonError) as e:
        s.exec("from host import approve\napprove(1)")
    assert e.value.type == "HostError" and "pausable run" in e.value.message
    assert s.eval("__import__('host').functions()").value == "['approve']"
    with pytest.raises(mpsandbox.ConfigurationError, match="also in functions"):
        mpsandbox.Sandbox(pausing=["f"], functions={"f": print})
    with pytest.raises(mpsandbox.ConfigurationError, match="also in awaitable"):
        mpsandbox.Sandbox(pausing=["f"], awaitable=["f"])
    with pytest.raises(mpsandbox.ConfigurationError):
        mpsandbox.Sandbox(pausing=["not a name"])


def test_host_calls_compare_hash_pickle_and_show_themselves():
    call = paused(approvals().session().start("from host import approve\napprove(1, 'a', k=[None])")).calls[0]
    assert pickle.loads(pickle.dumps(call)) == call
    assert {call: 1}[mpsandbox.HostCall(call.id, "approve", [1, "a"], {"k": [None]})] == 1
    assert repr(call) == f"HostCall(id={call.id}, name='approve', args=[1, 'a'], kwargs={{'k': [None]}}, awaited=False)"
    call.args.append("changed")  # a copy: the call itself is unchanged
    assert call.args == [1, "a"]
