"""Scores candidates in this process with one sandbox. Ray-free: the Ray actor
wraps it, and it runs on its own as the reference without a cluster."""

from __future__ import annotations

import time

import mpsandbox

from .candidates import Candidate, Limits, Score
from .verdicts import Verdict, classify, describe

MAX_DETAIL = 300


class Scorer:
    """One ``mpsandbox.Sandbox`` (compiled once, the expensive part) and a fresh
    interpreter per candidate (tens of microseconds), so nothing one candidate
    leaves behind reaches the next."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits = limits or Limits()
        self.sandbox = mpsandbox.Sandbox(
            timeout=limits.timeout,
            memory=limits.memory,
            fuel=limits.fuel,
            max_output=limits.max_output,
            # An empty allowlist grants fetch and refuses every URL: a network
            # call then fails as the host's typed refusal (verdicts.py).
            allow_http=[],
        )

    def score(self, candidate: Candidate, node: str = "") -> Score:
        start = time.perf_counter()
        total = len(candidate.tests)
        passed = 0
        with self.sandbox.session() as session:
            try:
                session.exec(candidate.program, filename="candidate.py")
            except mpsandbox.SandboxError as error:
                return self._stopped(candidate, error, passed, None, start, node, in_tests=False)
            for index, test in enumerate(candidate.tests):
                try:
                    session.exec(test, filename=f"test_{index}.py")
                except mpsandbox.SandboxError as error:
                    return self._stopped(candidate, error, passed, index, start, node, in_tests=True)
                passed += 1
        return Score(candidate.id, Verdict.PASS, passed, total, seconds=time.perf_counter() - start, node=node)

    def score_all(self, candidates: list[Candidate], node: str = "") -> list[Score]:
        return [self.score(candidate, node) for candidate in candidates]

    @staticmethod
    def _stopped(candidate, error, passed, failed_test, start, node, *, in_tests) -> Score:
        detail = describe(error)
        if failed_test is None:
            detail = f"program: {detail}"
        return Score(
            candidate.id,
            classify(error, in_tests=in_tests),
            passed,
            len(candidate.tests),
            failed_test=failed_test,
            detail=detail[:MAX_DETAIL],
            seconds=time.perf_counter() - start,
            node=node,
        )
