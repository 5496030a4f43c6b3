"""Snippets scored per second on one Ray node and on two, measured in the same
run, and their ratio; with the same workload scored in one process without
Ray as the reference for Ray's own cost.

    python3 python/examples/ray_eval/bench.py [--candidates N] [--rounds R]

It makes target/ray-venv when needed (setup-venv.sh) and runs itself inside
a loopback-only network namespace (in-loopback-ns.sh), where it starts a
one-CPU head node, measures, adds a one-CPU second node and measures again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
VENV = ROOT / "target/ray-venv"
VENV_PYTHON = VENV / "bin/python"

# The workload: solutions a model might write to small exercises, most right,
# some wrong or failing, each with its tests (none runs into a limit: a
# timeout would measure the limit, not the throughput).
PROBLEMS = [
    (
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
        ("assert fib(10) == 55", "assert fib(50) == 12586269025", "assert fib(200) % 1000 == 875"),
    ),
    (
        "def primes(n):\n    sieve = [True] * n\n    out = []\n    for i in range(2, n):\n"
        "        if sieve[i]:\n            out.append(i)\n            for j in range(i * i, n, i):\n"
        "                sieve[j] = False\n    return out\n",
        ("assert primes(10) == [2, 3, 5, 7]", "assert len(primes(5000)) == 669"),
    ),
    (
        "def is_palindrome(s):\n    s = ''.join(c.lower() for c in s if c.isalnum())\n    return s == s[::-1]\n",
        ("assert is_palindrome('A man, a plan, a canal: Panama')", "assert not is_palindrome('ray')"),
    ),
    (
        "def word_counts(text):\n    counts = {}\n    for word in text.split():\n"
        "        counts[word] = counts.get(word, 0) + 1\n    return counts\n",
        ("assert word_counts('a b a')['a'] == 2", "assert word_counts('x ' * 1000)['x'] == 1000"),
    ),
    (  # wrong: sorts descending
        "def sort_numbers(xs):\n    return sorted(xs, reverse=True)\n",
        ("assert sort_numbers([3, 1, 2]) == [1, 2, 3]",),
    ),
    (  # error: a typo
        "def gcd(a, b):\n    while b:\n        a, b = b, a % b\n    return aa\n",
        ("assert gcd(12, 18) == 6",),
    ),
]


def workload(count: int):
    from ray_eval import Candidate

    return [Candidate(f"c{i}", PROBLEMS[i % len(PROBLEMS)][0], PROBLEMS[i % len(PROBLEMS)][1]) for i in range(count)]


TICKS = os.sysconf("SC_CLK_TCK")


def busy_ticks_machine() -> int:
    """CPU time every process on the machine used so far (/proc/stat is not
    per namespace)."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return user + nice + system + irq + softirq + steal


def busy_ticks_here() -> int:
    """CPU time the processes of this PID namespace used: the bench, the Ray
    daemons and the workers (the /proc mounted here shows only those)."""
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


def rate(run, count: int, rounds: int) -> tuple[float, float]:
    """Median snippets per second over ``rounds`` runs, and the cores other
    processes on the machine kept busy meanwhile (they take cores the nodes
    would use, so a ratio means little when this is not near 0)."""
    rates = []
    machine, here, start_all = busy_ticks_machine(), busy_ticks_here(), time.perf_counter()
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        rates.append(count / (time.perf_counter() - start))
    elsewhere = (busy_ticks_machine() - machine) - (busy_ticks_here() - here)
    return statistics.median(rates), max(elsewhere, 0) / TICKS / (time.perf_counter() - start_all)


def measure(count: int, rounds: int, batch_size: int) -> None:
    import ray
    from ray_eval import Limits, Scorer
    from ray_eval.local_cluster import LocalCluster
    from ray_eval.workers import evaluate, start_workers

    candidates = workload(count)
    limits = Limits()
    scorer = Scorer(limits)
    scorer.score_all(candidates[:50])  # warm: the sandbox compiled, caches filled
    in_process = rate(lambda: scorer.score_all(candidates), count, rounds)

    cluster = LocalCluster(cpus_per_node=1)
    try:
        cluster.start_head()
        ray.init(address=cluster.address, runtime_env={"py_modules": [str(HERE / "ray_eval")]}, log_to_driver=False)
        cluster.wait_for_nodes(1)

        def on_workers(workers) -> float:
            evaluate(candidates[:200], workers, batch_size=batch_size)  # warm each worker
            return rate(lambda: evaluate(candidates, workers, batch_size=batch_size, timeout=600), count, rounds)

        workers = start_workers(1, limits)
        one_node = on_workers(workers)
        for worker in workers:  # frees the head's CPU for the two-node pool
            ray.kill(worker)
        cluster.add_node()
        cluster.wait_for_nodes(2)
        two_nodes = on_workers(start_workers(2, limits))
    finally:
        ray.shutdown()
        cluster.stop()

    cores = os.cpu_count()
    print(
        f"ray_eval bench: {count} snippets, batches of {batch_size}, median of {rounds} rounds, "
        f"{cores} cores, 1 CPU per Ray node"
    )
    rows = [
        ("one process, no Ray (reference)", in_process),
        ("Ray, 1 node, 1 worker", one_node),
        ("Ray, 2 nodes, 1 worker each", two_nodes),
    ]
    print(f"{'where':<34}{'snippets/s':>12}{'other load (cores)':>20}")
    for name, (per_second, elsewhere) in rows:
        print(f"{name:<34}{per_second:>12.0f}{elsewhere:>20.2f}")
    print(f"2 nodes / 1 node: {two_nodes[0] / one_node[0]:.2f}x")
    print(f"Ray 1 node / one process: {one_node[0] / in_process[0]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    if Path(sys.prefix).resolve() != VENV.resolve():
        subprocess.run([HERE / "setup-venv.sh"], check=True)
        os.execv(VENV_PYTHON, [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    if os.environ.get("RAY_EVAL_LOOPBACK_NS") != "1":
        # Bounded: the namespace and all in it are killed after 15 minutes.
        command = ["timeout", "--kill-after=10", "900", HERE / "in-loopback-ns.sh", sys.executable, __file__]
        os.execv("/usr/bin/env", ["env", *map(str, command), *sys.argv[1:]])
    sys.path.insert(0, str(HERE))
    measure(args.candidates, args.rounds, args.batch_size)


if __name__ == "__main__":
    main()
