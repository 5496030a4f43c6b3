//! The outcome contract: `wit/outcome.schema.json` is the schema of the
//! library's `Outcome` (regenerate with `MPSANDBOX_BLESS=1 cargo test --test
//! outcome`), and the library's outcomes of every kind validate against it.

mod common;

use common::{assert_outcome, repo_root};
use mpsandbox::{ErrorKind, Outcome, Sandbox};

#[test]
fn published_schema_is_the_library_types() {
    let path = repo_root().join("wit/outcome.schema.json");
    let generated = serde_json::to_string_pretty(&mpsandbox::outcome_schema()).unwrap() + "\n";
    if std::env::var_os("MPSANDBOX_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == generated,
        "{} differs from the Rust types: rerun with MPSANDBOX_BLESS=1 and review the change (it is the contract)",
        path.display()
    );
}

#[test]
fn outcomes_of_every_kind_validate() {
    let sandbox = Sandbox::new().unwrap();
    let tight = Sandbox::builder().max_output(100).build().unwrap();
    let mut session = sandbox.session().unwrap();
    let cases = [
        ("ok", Outcome::of(&sandbox.run("print(1)")), None),
        ("eval", Outcome::of(&session.eval("6 * 7")), None),
        ("exception", Outcome::of(&sandbox.run("1/0")), Some(ErrorKind::Exception)),
        ("syntax", Outcome::of(&sandbox.run("def (")), Some(ErrorKind::Syntax)),
        ("limit", Outcome::of(&tight.run("print('x' * 1000)")), Some(ErrorKind::Limit)),
        ("config", Outcome::of(&Err(mpsandbox::Error::Poisoned)), Some(ErrorKind::SessionPoisoned)),
        ("refused", Outcome::refused(ErrorKind::Request, "bad"), Some(ErrorKind::Request)),
    ];
    for (name, outcome, kind) in cases {
        let v = outcome.to_value();
        assert_outcome(&v);
        assert_eq!(outcome.error.as_ref().map(|e| e.kind), kind, "{name}: {v}");
        let back: Outcome = serde_json::from_value(v).unwrap();
        assert_eq!(back, outcome, "{name} round-trips");
    }
    let eval = Outcome::of(&session.eval("6 * 7")).to_value();
    assert_eq!(eval["value"], "42");
    let limit = Outcome::of(&tight.run("print('x' * 1000)")).to_value();
    assert_eq!(
        (limit["error"]["type"].as_str(), limit["error"]["limit"].as_str()),
        (Some("LimitExceeded"), Some("output"))
    );
}

#[test]
fn a_renamed_field_fails_validation() {
    let mut v = Outcome::of(&Sandbox::new().unwrap().run("1/0")).to_value();
    v["error"]["exception_type"] = v["error"]["type"].take();
    v["error"].as_object_mut().unwrap().remove("type");
    let result = std::panic::catch_unwind(|| assert_outcome(&v));
    assert!(result.is_err(), "a renamed field must not validate: {v}");
}

#[test]
fn kinds_have_one_name_class_and_exit_code() {
    let names: Vec<_> = ErrorKind::ALL.iter().map(|k| serde_json::to_value(k).unwrap()).collect();
    for (k, v) in ErrorKind::ALL.iter().zip(&names) {
        assert_eq!(v.as_str(), Some(k.as_str()));
    }
    assert_eq!(mpsandbox::Error::Poisoned.kind(), ErrorKind::SessionPoisoned);
    assert_eq!(mpsandbox::Error::Poisoned.type_name(), "SessionPoisoned");
}
