//! Host functions: sandboxed Python calls Rust closures the embedder grants
//! (typed, untyped and async), and nothing else. The same program as the
//! "Host functions" section of docs/library.md.
//!
//!     cargo run --release --example host_functions

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mpsandbox::{HostArgs, HostCallError, Sandbox};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
struct Get {
    key: String,
    #[serde(default)]
    default: Value, // optional: kv_get("k") or kv_get("k", 0) or kv_get(key="k", default=0)
}

fn main() -> Result<(), mpsandbox::Error> {
    let store = Arc::new(Mutex::new(BTreeMap::<String, Value>::new()));
    let (reader, writer) = (store.clone(), store.clone());
    let sandbox = Sandbox::builder()
        // Typed: arguments fill `Get` (positional in field order, keywords by name).
        .function("kv_get", move |a: Get| -> Result<Value, String> {
            Ok(reader.lock().unwrap().get(&a.key).cloned().unwrap_or(a.default))
        })
        // A tuple takes positional arguments; an Err becomes host.HostError.
        .function("kv_put", move |(key, value): (String, Value)| -> Result<(), String> {
            if key.is_empty() {
                return Err("keys cannot be empty".into());
            }
            writer.lock().unwrap().insert(key, value);
            Ok(())
        })
        // Untyped: the arguments as they came; choose the Python exception.
        .function_untyped("describe", |call: HostArgs| {
            if call.args.is_empty() {
                return Err(HostCallError::InvalidArguments("describe() needs a value".into()));
            }
            Ok(json!({"positional": call.args.len(), "keywords": call.kwargs.len()}))
        })
        // Async functions are polled on the call's task and cancelled at its timeout.
        .function_async("pause", |ms: u64| async move {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            Ok::<_, String>(ms)
        })
        .max_host_calls(10_000) // per exec; past it Python gets host.HostLimitError
        .max_host_value(256 * 1024) // JSON bytes of one call's arguments, and of its result
        .timeout(Some(Duration::from_secs(2))) // host-function time counts
        .build()?;

    let mut session = sandbox.session()?;
    let out = session.exec(
        r#"
from host import kv_get, kv_put, describe, HostError
for word in "to be or not to be".split():
    kv_put(word, kv_get(word, 0) + 1)
print(kv_get("be"), describe(1, 2, x=3))
try:
    kv_put("", 1)
except HostError as e:
    print("refused:", e)
"#,
    )?;
    assert_eq!(out.stdout_text(), "2 {'positional': 2, 'keywords': 1}\nrefused: keys cannot be empty\n");
    assert_eq!(store.lock().unwrap()["to"], json!(2));
    Ok(())
}
