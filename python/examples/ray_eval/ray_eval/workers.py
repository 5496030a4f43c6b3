"""Candidates fanned out over a Ray cluster: one ``SandboxWorker`` actor per CPU
slot, each holding one sandbox for its whole life.

Ray does the distributed part (placing the actors on the nodes, shipping the
batches, restarting an actor whose process died and running its unfinished
batches again); the sandbox does the isolation (a candidate cannot reach the
worker's files, network, environment or memory, and its time and memory are
capped). Neither does the other's job: Ray's workers are ordinary processes
with the node's rights, and the sandbox knows nothing of machines.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

import ray

from .candidates import Candidate, Limits, Score
from .scorer import Scorer

# A worker's process can die (the node's memory killer, a lost node, an
# operator); Ray then starts the actor again, with a fresh sandbox, and runs
# the batches it had not finished once more. Scoring is a pure function of
# the candidate, so running a batch twice is harmless.
MAX_RESTARTS = 3


@ray.remote(num_cpus=1, max_restarts=MAX_RESTARTS, max_task_retries=MAX_RESTARTS)
class SandboxWorker:
    """Holds one ``Scorer`` (one ``mpsandbox.Sandbox``); scores batches."""

    def __init__(self, limits: Limits) -> None:
        self.scorer = Scorer(limits)
        self.node = ray.get_runtime_context().get_node_id()

    def where(self) -> tuple[str, int]:
        """This actor's node id and process id."""
        return self.node, os.getpid()

    def score(self, candidates: Sequence[Candidate]) -> list[Score]:
        return self.scorer.score_all(list(candidates), self.node)


def start_workers(count: int | None = None, limits: Limits | None = None, *, timeout: float = 120.0) -> list:
    """Starts ``count`` workers (default: one per CPU in the cluster), spread
    over the nodes, and waits until each has compiled its sandbox."""
    if count is None:
        count = int(ray.cluster_resources().get("CPU", 0))
    if count < 1:
        raise ValueError(f"need at least one worker, got {count} (does the cluster have a CPU?)")
    limits = limits or Limits()
    workers = [SandboxWorker.options(scheduling_strategy="SPREAD").remote(limits) for _ in range(count)]
    ray.get([worker.where.remote() for worker in workers], timeout=timeout)
    return workers


def evaluate(
    candidates: Sequence[Candidate],
    workers: Sequence,
    *,
    batch_size: int = 16,
    in_flight: int = 2,
    timeout: float | None = None,
) -> list[Score]:
    """Scores every candidate on ``workers``; the scores come back in the
    candidates' order.

    Batches go to whichever worker finishes first, ``in_flight`` at a time per
    worker so it never waits for the driver between two batches. ``timeout``
    bounds the whole call (``TimeoutError``; the workers are left running).
    """
    if not workers:
        raise ValueError("evaluate() needs at least one worker")
    if batch_size < 1 or in_flight < 1:
        raise ValueError(f"batch_size and in_flight must be >= 1, got {batch_size} and {in_flight}")
    candidates = list(candidates)
    for candidate in candidates:
        if not isinstance(candidate, Candidate):
            raise TypeError(f"evaluate() takes Candidate objects, not {type(candidate).__name__}")
    batches = [candidates[i : i + batch_size] for i in range(0, len(candidates), batch_size)]
    results: list[list[Score] | None] = [None] * len(batches)
    waiting = iter(range(len(batches)))
    running = {}  # object ref -> (worker, batch index)
    deadline = None if timeout is None else time.monotonic() + timeout

    def submit(worker) -> None:
        index = next(waiting, None)
        if index is not None:
            running[worker.score.remote(batches[index])] = (worker, index)

    for worker in workers:
        for _ in range(in_flight):
            submit(worker)
    while running:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise TimeoutError(f"evaluate(): {len(running)} batches still running after {timeout} s")
        done, _ = ray.wait(list(running), num_returns=1, timeout=left)
        for ref in done:
            worker, index = running.pop(ref)
            results[index] = ray.get(ref)
            submit(worker)
    return [score for batch in results for score in batch]
