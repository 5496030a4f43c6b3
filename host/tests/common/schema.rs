//! The outcome contract (`wit/outcome.schema.json`) as the tests check it:
//! every front end's JSON output must validate against the published file.

use std::sync::OnceLock;

use serde_json::Value;

/// Fails the test when `v` is not a valid outcome, naming the violations.
pub fn assert_outcome(v: &Value) {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let validator = VALIDATOR.get_or_init(|| {
        let path = super::repo_root().join("wit/outcome.schema.json");
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    });
    let errors: Vec<String> = validator.iter_errors(v).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "not an outcome ({}):\n{v:#}", errors.join("; "));
}

/// `text` parsed as JSON, after checking it is a valid outcome.
pub fn parse_outcome(text: &str) -> Value {
    let v = serde_json::from_str(text).unwrap_or_else(|e| panic!("invalid JSON ({e}): {text}"));
    assert_outcome(&v);
    v
}
