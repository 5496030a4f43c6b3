"""Results and errors as the outcome object every host reports: each
``to_dict()`` validates against the published schema (wit/outcome.schema.json),
and a renamed field does not."""

import json
from pathlib import Path

import jsonschema
import pytest

import mpsandbox

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "wit" / "outcome.schema.json").read_text())


def outcome_of(call):
    try:
        return call().to_dict()
    except mpsandbox.SandboxError as e:
        return e.to_dict()


def test_results_and_every_error_validate():
    session = mpsandbox.Sandbox().session()
    cases = {
        "ok": lambda: mpsandbox.run("print(1)"),
        "eval": lambda: session.eval("6 * 7"),
        "exception": lambda: mpsandbox.run("1/0"),
        "syntax": lambda: mpsandbox.run("def ("),
        "limit": lambda: mpsandbox.run("while True:\n    print('y' * 100)", max_output=1000),
        "config": lambda: mpsandbox.run("1", dirs={"/data": "/no/such/directory"}),
    }
    kinds = {}
    for name, call in cases.items():
        outcome = outcome_of(call)
        jsonschema.validate(outcome, SCHEMA)
        kinds[name] = outcome["error"] and outcome["error"]["kind"]
    assert kinds == {
        "ok": None,
        "eval": None,
        "exception": "exception",
        "syntax": "syntax",
        "limit": "limit",
        "config": "config",
    }
    assert outcome_of(cases["eval"])["value"] == "42"
    limit = outcome_of(cases["limit"])["error"]
    assert (limit["type"], limit["limit"]) == ("LimitExceeded", "output")


def test_a_renamed_field_does_not_validate():
    outcome = outcome_of(lambda: mpsandbox.run("1/0"))
    outcome["error"]["exception_type"] = outcome["error"].pop("type")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(outcome, SCHEMA)
