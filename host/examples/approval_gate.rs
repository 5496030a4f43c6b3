//! An approval gate across two processes: the program asks `approve(amount)`,
//! the first process saves the paused run to a file and exits; later a
//! second process (after a human decided, say) loads it and resumes it with
//! the answer.
//!
//!   cargo run --example approval_gate -- ask gate.snap
//!   cargo run --example approval_gate -- answer gate.snap yes

use mpsandbox::{Progress, Sandbox, Snapshot};
use serde_json::json;

const PROGRAM: &str = "
from host import approve
refunds = {'ada': 120, 'bob': 4500}
for name, amount in refunds.items():
    if amount > 1000 and not approve(amount, customer=name):
        print('refund to', name, 'refused')
        continue
    print('refunded', amount, 'to', name)
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sandbox = Sandbox::builder().pausing("approve").build()?;
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["ask", path] => {
            let mut session = sandbox.session()?;
            let Progress::Paused(mut pending) = session.start(PROGRAM)? else {
                return Err("the program finished without asking".into());
            };
            print!("{}", pending.output().stdout_text());
            let call = &pending.calls()[0];
            println!("waiting for {}({:?}, {:?}), call {}", call.name, call.args.args, call.args.kwargs, call.id);
            std::fs::write(path, pending.snapshot()?.to_bytes())?;
            println!("saved the paused run to {path}");
        }
        ["answer", path, decision] => {
            let snapshot = Snapshot::from_bytes(&std::fs::read(path)?)?;
            let mut session = sandbox.restore(&snapshot)?;
            let pending = session.pending()?.ok_or("the saved run is not paused")?;
            let id = pending.calls()[0].id;
            match pending.resume(id, Ok(json!(*decision == "yes")))? {
                Progress::Done(out) => print!("{}", out.stdout_text()),
                Progress::Paused(p) => return Err(format!("asked again: {:?}", p.calls()).into()),
            }
        }
        _ => return Err("usage: approval_gate ask FILE | answer FILE yes|no".into()),
    }
    Ok(())
}
