"""Scoring on a two-node local Ray cluster: workers spread over the nodes,
every verdict as in-process, order kept, a crashed worker restarted by Ray
with its batches run again."""

import os
import signal

import pytest
import ray
from programs import ADD_TESTS, catalog
from ray_eval import Candidate, Limits, Verdict
from ray_eval.local_cluster import NotIsolated, check_isolated
from ray_eval.workers import evaluate, start_workers

LIMITS = Limits(timeout=1.0, memory=64 << 20)


@pytest.fixture(scope="module")
def workers(cluster):
    workers = start_workers(limits=LIMITS)
    yield workers
    for worker in workers:  # their CPUs go back to the cluster for the next module
        ray.kill(worker)


def test_one_worker_per_node(cluster, workers):
    nodes = {node["NodeID"] for node in ray.nodes() if node["Alive"]}
    placed = [node for node, _ in ray.get([w.where.remote() for w in workers])]
    assert len(nodes) == 2 and len(workers) == 2
    assert set(placed) == nodes


def test_every_verdict_on_the_cluster(cluster, workers):
    cases = catalog(copies=2)
    scores = evaluate([c for c, _, _ in cases], workers, batch_size=3, timeout=240)
    assert [s.id for s in scores] == [c.id for c, _, _ in cases]
    wrong = [
        (s.id, s.verdict, s.detail)
        for s, (_, verdict, passed) in zip(scores, cases)
        if (s.verdict, s.passed) != (verdict, passed)
    ]
    assert not wrong
    # Both nodes took batches.
    assert len({s.node for s in scores}) == 2


def test_a_crashed_worker_is_restarted_and_its_batches_run_again(cluster, workers):
    worker = workers[0]
    node, pid = ray.get(worker.where.remote())
    # Each batch takes a noticeable time, so several are still queued on the
    # worker when its process dies.
    slow = Candidate("slow", "def add(a, b):\n    sum(range(200000))\n    return a + b\n", ADD_TESTS)
    batches = [[Candidate(f"slow-{i}-{j}", slow.program, slow.tests) for j in range(3)] for i in range(8)]
    refs = [worker.score.remote(batch) for batch in batches]
    ray.wait(refs[:1], timeout=60)
    _, unfinished = ray.wait(refs, num_returns=len(refs), timeout=0)
    assert unfinished, "every batch finished before the crash: nothing to retry"
    os.kill(pid, signal.SIGKILL)
    results = ray.get(refs, timeout=180)
    assert [s.id for batch in results for s in batch] == [c.id for batch in batches for c in batch]
    assert all(s.verdict is Verdict.PASS for batch in results for s in batch)
    assert ray.get(worker.where.remote())[1] != pid


def test_evaluate_is_bounded_in_time(cluster, workers):
    spin = [Candidate(f"spin-{i}", "while True:\n    pass\n", ADD_TESTS) for i in range(4)]
    with pytest.raises(TimeoutError):
        evaluate(spin, workers, batch_size=1, timeout=0.3)
    # The workers finish those (each stops at its 1 s limit) and go on serving.
    scores = evaluate(spin[:2], workers, batch_size=1, timeout=60)
    assert [s.verdict for s in scores] == [Verdict.TIMEOUT, Verdict.TIMEOUT]


def test_bad_arguments_are_refused_before_anything_runs(cluster, workers):
    with pytest.raises(TypeError):
        evaluate(["print(1)"], workers)
    with pytest.raises(ValueError):
        evaluate([], [])
    with pytest.raises(ValueError):
        evaluate([], workers, batch_size=0)


def test_the_cluster_refuses_to_start_outside_its_namespace(monkeypatch):
    check_isolated()  # here it is inside
    monkeypatch.delenv("RAY_EVAL_LOOPBACK_NS")
    with pytest.raises(NotIsolated):
        check_isolated()
