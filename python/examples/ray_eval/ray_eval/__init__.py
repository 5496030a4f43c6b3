"""Scoring model-written programs against their tests on a Ray cluster, one
``mpsandbox.Sandbox`` per Ray worker (docs/ray.md).

The Ray-free parts (``Candidate``, ``Limits``, ``Score``, ``Verdict``,
``Scorer``) import without Ray; ``ray_eval.workers`` (``start_workers``,
``evaluate``) needs it.
"""

from .candidates import Candidate, Limits, Score
from .scorer import Scorer
from .verdicts import Verdict, classify

__all__ = ["Candidate", "Limits", "Score", "Scorer", "Verdict", "classify"]
