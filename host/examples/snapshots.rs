//! Snapshots and forks: capture a session's whole interpreter state, restore
//! it into any number of fresh sessions, or carry it as bytes to another
//! process (or a sandbox with other limits).
//!
//!     cargo run --release --example snapshots

use mpsandbox::{Error, Sandbox, Snapshot};

const SETUP: &str = r#"
import json
class Account:
    def __init__(self, owner):
        self.owner, self.balance = owner, 0
    def deposit(self, n):
        self.balance += n
        return self.balance
accounts = {name: Account(name) for name in ("ada", "bob")}
"#;

fn main() -> Result<(), Error> {
    let sandbox = Sandbox::new()?;
    let mut base = sandbox.session()?;
    base.exec(SETUP)?; // classes, instances, an imported module: all in the heap
    let snapshot = base.snapshot()?; // `base` goes on unchanged
    println!("snapshot holds {} KiB of interpreter memory", snapshot.memory_size() >> 10);

    // Three forks diverge from the same starting point.
    let mut forks = (0..3).map(|_| sandbox.restore(&snapshot)).collect::<Result<Vec<_>, _>>()?;
    for (i, fork) in forks.iter_mut().enumerate() {
        fork.exec(&format!("accounts['ada'].deposit({})", (i + 1) * 10))?;
    }
    let balances: Vec<String> = forks
        .iter_mut()
        .map(|f| f.eval("accounts['ada'].balance").map(|o| o.value.unwrap_or_default()))
        .collect::<Result<_, _>>()?;
    println!("fork balances: {balances:?}");
    assert_eq!(balances, ["10", "20", "30"]);
    assert_eq!(base.eval("accounts['ada'].balance")?.value.as_deref(), Some("0"));

    // As bytes: checked against the component's and the image's digests.
    let bytes = snapshot.to_bytes().to_vec();
    let tighter = Sandbox::builder().memory(16 << 20).build()?;
    let mut moved = tighter.restore(&Snapshot::from_bytes(&bytes)?)?;
    let names = moved.eval("json.dumps(sorted(accounts))")?.value.unwrap_or_default();
    assert_eq!(names, r#"'["ada", "bob"]'"#);

    // Damaged bytes are refused before any of them reach a guest.
    let mut damaged = bytes.clone();
    let last = damaged.len() - 1;
    damaged[last] ^= 1;
    assert!(matches!(Snapshot::from_bytes(&damaged), Err(Error::InvalidSnapshot(_))));
    println!("moved session sees {names}; damaged bytes refused");
    Ok(())
}
