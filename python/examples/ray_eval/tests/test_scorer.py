"""The verdicts, scored in this process (no Ray): every candidate of the
catalog gets its verdict from the sandbox's typed errors."""

import pytest
from programs import ADD_TESTS, catalog
from ray_eval import Candidate, Limits, Scorer, Verdict, classify

import mpsandbox

LIMITS = Limits(timeout=1.0, memory=64 << 20)


@pytest.fixture(scope="module")
def scorer():
    return Scorer(LIMITS)


@pytest.mark.parametrize("candidate,verdict,passed", catalog(), ids=lambda v: v.id if isinstance(v, Candidate) else "")
def test_verdict(scorer, candidate, verdict, passed):
    score = scorer.score(candidate)
    assert (score.verdict, score.passed) == (verdict, passed), score.detail
    assert score.id == candidate.id and score.total == len(candidate.tests)
    if verdict is Verdict.PASS:
        assert score.failed_test is None and score.detail == "" and score.reward == 1.0
    else:
        assert score.detail
        # Stopped in the program itself, or at the first test that did not pass.
        assert score.failed_test == (None if score.detail.startswith("program:") else passed)


def test_details_name_what_stopped_the_run(scorer):
    by_id = {c.id: scorer.score(c) for c, _, _ in catalog()}
    assert by_id["loops-at-load#0"].detail == "program: limit: timeout"
    assert by_id["imports-socket#0"].detail.startswith("program: ModuleNotFoundError: socket is not available")
    assert by_id["phones-home#0"].detail.startswith("HostError: fetch: http://example.com/")
    assert by_id["add-off-by-one#0"].detail.startswith("AssertionError")
    assert by_id["syntax-error#0"].detail.startswith("program: SyntaxError")
    assert by_id["floods-output#0"].detail == "limit: output"


def test_a_fuel_budget_is_a_timeout_too():
    score = Scorer(Limits(timeout=10.0, fuel=10_000_000)).score(Candidate("spin", "while True:\n    pass\n", ADD_TESTS))
    assert (score.verdict, score.detail) == (Verdict.TIMEOUT, "program: limit: fuel")
    assert score.seconds < 10.0


def test_each_refused_module_is_an_escape(scorer):
    for name in ("socket", "ssl", "subprocess", "multiprocessing", "ctypes", "signal"):
        score = scorer.score(Candidate(name, f"import {name}\n", ADD_TESTS))
        assert score.verdict is Verdict.ESCAPE, (name, score.detail)


def test_nothing_a_candidate_leaves_reaches_the_next(scorer):
    first = scorer.score(Candidate("sets", "import sys\nleak = 1\nsys.path.append('/evil')\n", ("assert leak == 1",)))
    second = scorer.score(
        Candidate("sees", "import sys\n", ("assert 'leak' not in globals()", "assert '/evil' not in sys.path"))
    )
    assert (first.verdict, second.verdict) == (Verdict.PASS, Verdict.PASS), second.detail


def test_the_program_sees_an_empty_environment(scorer):
    score = scorer.score(
        Candidate("env", "import os\n", ("assert dict(os.environ) == {}", "assert os.listdir('/') == []"))
    )
    assert score.verdict is Verdict.PASS, score.detail


def test_an_assertion_is_wrong_only_in_a_test():
    error = mpsandbox.PythonError("AssertionError", type="AssertionError", message="", traceback="")
    assert classify(error, in_tests=True) is Verdict.WRONG
    assert classify(error, in_tests=False) is Verdict.ERROR


@pytest.mark.parametrize(
    "make, error",
    [
        (lambda: Candidate("", "x = 1", ("assert x",)), TypeError),
        (lambda: Candidate("a", b"x = 1", ("assert x",)), TypeError),
        (lambda: Candidate("a", "x = 1", "assert x"), TypeError),
        (lambda: Candidate("a", "x = 1", ("assert x", 3)), TypeError),
        (lambda: Candidate("a", "x = 1", ()), ValueError),
    ],
)
def test_malformed_candidates_are_refused_with_the_field_named(make, error):
    with pytest.raises(error):
        make()


def test_verdicts_are_strings():
    assert Verdict.PASS == "pass" and Verdict("escape") is Verdict.ESCAPE
