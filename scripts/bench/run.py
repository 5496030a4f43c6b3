"""Drives the benchmark rows; see scripts/bench.sh. Prints a table and writes
bench-results.json: {"rows": [{name, value, unit, reference, ratio, target, met}]}."""
import json
import os
import statistics
import subprocess
import sys
import time

native, cli, bench = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
rows = []


def row(name, value, unit, reference, target, met):
    ratio = round(value / reference, 2) if reference else None
    rows.append({"name": name, "value": round(value, 3), "unit": unit, "reference": reference and round(reference, 3),
                 "ratio": ratio, "target": target, "met": bool(met)})


def bench_json(*args):
    out = subprocess.run([bench, *args], check=True, capture_output=True, text=True).stdout
    return {r["name"]: r for r in map(json.loads, out.splitlines())}


def wall(cmd, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return times


startup = bench_json("startup")["startup"]["value"]
row("new sandbox + exec('print(1)'), median of 1000", startup, "us", None, "<= 50 us", startup <= 50)
call = bench_json("session")["session_call"]["value"]
row("session exec('x = x + 1'), median of 10000", call, "us", None, "<= 10 us", call <= 10)

wall([cli, "-c", "print(1)"], 3)  # fills the compiled-code cache
cli_ms = statistics.median(wall([cli, "-c", "print(1)"], 50)) * 1e3
nat_ms = statistics.median(wall([native, "-c", "print(1)"], 50)) * 1e3
row("CLI process -c 'print(1)', median of 50", cli_ms, "ms", nat_ms, "<= 5 ms, <= 5x native",
    cli_ms <= 5 and cli_ms <= 5 * nat_ms)

for name in ["fib.py", "int_sum.py", "json_roundtrip.py", "string_ops.py"]:
    path = os.path.join(here, name)
    sandbox_ms = min(bench_json("run", path)[path]["value"] for _ in range(3))
    native_ms = min(wall([native, "-X", "heapsize=64M", path], 3)) * 1e3
    row(name[:-3], sandbox_ms, "ms", native_ms, "<= 1.3x native", sandbox_ms <= 1.3 * native_ms)

# Size paths: padding and formatting wide fields must be linear (patches
# 0003 and 0005), compared with native MicroPython and CPython; += string
# building is reported, since MicroPython copies by design.
for name, target in [("pad_width.py", 2), ("format_width.py", 2), ("str_concat.py", None), ("join_build.py", None)]:
    path = os.path.join(here, "sizes", name)
    sandbox_ms = min(bench_json("run", path)[path]["value"] for _ in range(3))
    native_ms = min(wall([native, "-X", "heapsize=64M", path], 3)) * 1e3
    cpython_ms = min(wall([sys.executable, path], 3)) * 1e3
    label = f"sizes: {name[:-3]} (CPython {cpython_ms:.1f} ms)"
    if target:
        row(label, sandbox_ms, "ms", native_ms, f"<= {target}x native (linear)", sandbox_ms <= target * native_ms)
    else:
        row(label, sandbox_ms, "ms", native_ms, "report", True)

idle = bench_json("idle", "1000")
per = idle["idle_session_rss"]["value"]
row("RSS per idle live session (1000 live)", per, "MiB", None, "<= 1 MiB; 1000 live", per <= 1 and
    idle["live_sessions"]["value"] >= 1000)
load = bench_json("load", "8", "10")
row("load: 8 sessions x 10 s mixed workload, p50", load["load_p50"]["value"], "us", None, "report", True)
row("load: p99 latency", load["load_p99"]["value"], "us", None, "report", True)
row("load: throughput", load["load_throughput"]["value"], "calls/s", None, "report", True)
grow = load["load_rss_end"]["value"] - load["load_rss_start"]["value"]
row("load: RSS growth after warm-up (flat = no leak)", grow, "MiB", None, "<= 1 MiB over the run", grow <= 1)
print("load RSS series (MiB, one per second):", " ".join(f"{v:.1f}" for v in load["load_rss_series"]["value"]))
snap = bench_json("snapshot")
heap_mib = snap["snapshot_heap_bytes"]["value"] / (1 << 20)
trip_ms = snap["snapshot_roundtrip"]["value"] / 1e3
row(f"snapshot + restore, {heap_mib:.2f} MiB heap in use", trip_ms, "ms", None, "<= 1 ms for a 1 MiB heap", trip_ms <= 1)
row(f"  capture ({snap['snapshot_image']['value']:.2f} MiB image)", snap["snapshot_capture"]["value"] / 1e3, "ms",
    None, "report", True)
row("  restore into a fresh instance", snap["snapshot_restore"]["value"] / 1e3, "ms", None, "report", True)

print(f"{'measure':48} {'value':>10} {'ref':>10} {'ratio':>7}  target / met")
for r in rows:
    v = "-" if r["value"] is None else f"{r['value']}{r['unit']}"
    ref = "-" if r["reference"] is None else f"{r['reference']}{r['unit']}"
    print(f"{r['name'][:48]:48} {v:>10} {ref:>10} {str(r['ratio'] or '-'):>7}  {r['target']} / {'yes' if r['met'] else 'NO'}")
with open("bench-results.json", "w") as f:
    json.dump({"rows": rows}, f, indent=1)

# The README's results table is this run's, between its markers.
table = ["| measure | value | reference | ratio | target | met |", "|---|---|---|---|---|---|"]
for r in rows:
    v = "–" if r["value"] is None else f"{r['value']:g} {r['unit']}"
    ref = "–" if r["reference"] is None else f"{r['reference']:g} {r['unit']}"
    ratio = "–" if r["ratio"] is None else f"{r['ratio']}x"
    table.append(f"| {r['name']} | {v} | {ref} | {ratio} | {r['target']} | {'yes' if r['met'] else 'no'} |")
readme = os.path.join(here, "..", "..", "README.md")
with open(readme) as f:
    text = f.read()
begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
if begin in text and end in text:
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    with open(readme, "w") as f:
        f.write(head + begin + "\n" + "\n".join(table) + "\n" + end + tail)
    print("README.md results table updated")
