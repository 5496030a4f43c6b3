"""Ctrl-C (SIGINT) during a sandbox call from the main thread raises
KeyboardInterrupt at once, as it would for any Python code, instead of
waiting for the sandbox's timeout. Run in a child interpreter, so the
signal does not reach pytest."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, signal, threading, time
    import mpsandbox

    def ctrl_c_soon():
        threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()

    ctrl_c_soon()
    started = time.monotonic()
    try:
        mpsandbox.run("while True:\\n    pass", timeout=60)
        print("run: not interrupted")
    except KeyboardInterrupt:
        print("run: KeyboardInterrupt", time.monotonic() - started < 10)

    s = mpsandbox.Sandbox(timeout=60).session()
    s.exec("kept = 1")
    ctrl_c_soon()
    try:
        s.exec("while True:\\n    pass")
    except KeyboardInterrupt:
        print("session: KeyboardInterrupt, poisoned", s.poisoned)
    s.reset()
    print("after reset", s.eval("1 + 1").value)

    # Outside a call Ctrl-C is Python's as ever.
    ctrl_c_soon()
    try:
        time.sleep(10)
    except KeyboardInterrupt:
        print("sleep: KeyboardInterrupt")
    """
)


def test_ctrl_c_interrupts_a_running_call():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines() == [
        "run: KeyboardInterrupt True",
        "session: KeyboardInterrupt, poisoned True",
        "after reset 2",
        "sleep: KeyboardInterrupt",
    ], out.stderr
