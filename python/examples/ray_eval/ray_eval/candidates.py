"""What goes in (a candidate program and its tests, the limits) and what comes
out (a score). Plain dataclasses: they pickle, so Ray ships them as they are."""

from __future__ import annotations

import dataclasses

from .verdicts import Verdict


@dataclasses.dataclass(frozen=True)
class Candidate:
    """One model-written program and the tests it must pass.

    ``tests`` are snippets run one by one after the program, in the same
    interpreter (so they see its functions); a test fails by raising
    ``AssertionError``. Scoring stops at the first test that does not pass.
    """

    id: str
    program: str
    tests: tuple[str, ...]

    def __post_init__(self) -> None:
        # Checked here, in the driver, so a malformed data set fails at once
        # with the offending field named, not as a remote error mid-run.
        if not isinstance(self.id, str) or not self.id:
            raise TypeError(f"Candidate.id must be a non-empty str, not {self.id!r}")
        if not isinstance(self.program, str):
            raise TypeError(f"Candidate {self.id!r}: program must be a str, not {type(self.program).__name__}")
        if isinstance(self.tests, str) or not all(isinstance(t, str) for t in self.tests):
            raise TypeError(f"Candidate {self.id!r}: tests must be a sequence of str snippets")
        object.__setattr__(self, "tests", tuple(self.tests))
        if not self.tests:
            raise ValueError(f"Candidate {self.id!r}: no tests (every candidate would pass)")


@dataclasses.dataclass(frozen=True)
class Limits:
    """The sandbox policy of every worker: limits per call (the program's load
    and each test are separate calls). ``fuel`` makes the CPU budget
    deterministic (about one unit per wasm instruction), independent of how
    loaded the node is; the wall-clock ``timeout`` stays as the backstop."""

    timeout: float = 2.0
    memory: int = 64 << 20
    fuel: int | None = None
    max_output: int = 64 << 10


@dataclasses.dataclass(frozen=True)
class Score:
    """The outcome for one candidate.

    ``passed``: tests that passed before scoring stopped; ``failed_test``: the
    index of the test that did not pass (``None`` when the program itself did
    not load, or every test passed); ``detail``: what stopped it, one line;
    ``node``: the Ray node that scored it (empty outside Ray).
    """

    id: str
    verdict: Verdict
    passed: int
    total: int
    failed_test: int | None = None
    detail: str = ""
    seconds: float = 0.0
    node: str = ""

    @property
    def reward(self) -> float:
        """The fraction of tests passed, as RL pipelines use it (0 for a
        program that did not load)."""
        return self.passed / self.total
