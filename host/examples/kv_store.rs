//! A key-value store that lives in the host and that sandboxed Python uses
//! through four granted functions. The host decides the rules (key and value
//! sizes, how many keys); Python sees ordinary functions and exceptions.
//!
//!     cargo run --release --example kv_store               # the built-in demo
//!     cargo run --release --example kv_store -- script.py  # your own program

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use mpsandbox::{Error, Sandbox};
use serde::Deserialize;
use serde_json::Value;

const MAX_KEYS: usize = 1000;
const MAX_VALUE_BYTES: usize = 64 * 1024;

type Store = Arc<Mutex<BTreeMap<String, Value>>>;

#[derive(Deserialize)]
struct Get {
    key: String,
    #[serde(default)]
    default: Value,
}

#[derive(Deserialize)]
struct Put {
    key: String,
    value: Value,
}

const DEMO: &str = r#"
from host import kv_get, kv_put, kv_delete, kv_keys, HostError

text = "the quick brown fox jumps over the lazy dog the end"
for word in text.split():
    kv_put("count:" + word, kv_get("count:" + word, 0) + 1)
kv_put("meta", {"source": "demo", "words": len(text.split())})

print("keys:", kv_keys("count:"))
print("the ->", kv_get("count:the"))
try:
    kv_delete("missing")
except HostError as e:
    print("refused:", e)
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let store = Store::default();
    let sandbox = grant_store(Sandbox::builder(), &store).build()?;

    let source = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => DEMO.to_string(),
    };
    let mut session = sandbox.session()?;
    match session.exec(&source) {
        Ok(out) => print!("{}", out.stdout_text()),
        Err(Error::Exception { exception, output }) => {
            print!("{}", output.stdout_text());
            eprint!("{}", exception.traceback);
        }
        Err(e) => return Err(e.into()),
    }

    // The data stayed in the host, where the embedder can use it.
    println!("host sees {} keys; meta = {}", store.lock().unwrap().len(), store.lock().unwrap()["meta"]);
    Ok(())
}

/// Grants `kv_get(key, default=None)`, `kv_put(key, value)`,
/// `kv_delete(key)` and `kv_keys(prefix="")` over `store`.
fn grant_store(builder: mpsandbox::SandboxBuilder, store: &Store) -> mpsandbox::SandboxBuilder {
    let (get, put, delete, keys) = (store.clone(), store.clone(), store.clone(), store.clone());
    builder
        .function("kv_get", move |a: Get| -> Result<Value, String> {
            Ok(get.lock().unwrap().get(&a.key).cloned().unwrap_or(a.default))
        })
        .function("kv_put", move |a: Put| -> Result<(), String> {
            let size = a.value.to_string().len();
            if size > MAX_VALUE_BYTES {
                return Err(format!("value for '{}' is {size} bytes; the store takes {MAX_VALUE_BYTES}", a.key));
            }
            let mut map = put.lock().unwrap();
            if map.len() >= MAX_KEYS && !map.contains_key(&a.key) {
                return Err(format!("the store is full ({MAX_KEYS} keys)"));
            }
            map.insert(a.key, a.value);
            Ok(())
        })
        .function("kv_delete", move |key: String| -> Result<Value, String> {
            delete.lock().unwrap().remove(&key).ok_or_else(|| format!("no key '{key}'"))
        })
        .function("kv_keys", move |prefix: Option<String>| -> Result<Vec<String>, String> {
            let prefix = prefix.unwrap_or_default();
            Ok(keys.lock().unwrap().keys().filter(|k| k.starts_with(&prefix)).cloned().collect())
        })
}
