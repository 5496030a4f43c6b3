//! Concurrent host calls: the program gathers three awaited lookups, the run
//! pauses once with all three, and the host answers them together (here from
//! a table; a real host would run the three requests concurrently). The
//! same program also runs with an async closure the host calls itself
//! (`function_awaitable`), whose calls then overlap.

use std::time::{Duration, Instant};

use mpsandbox::{Progress, Sandbox};
use serde_json::{json, Value};

const PROGRAM: &str = "
import asyncio
from host import price
async def main():
    items = ['tea', 'milk', 'bread']
    prices = await asyncio.gather(*(price(i) for i in items))
    print(dict(zip(items, prices)), 'total', sum(prices))
asyncio.run(main())
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. The embedder answers: one pause lists every gathered call.
    let mut session = Sandbox::builder().awaitable("price").build()?.session()?;
    let Progress::Paused(pending) = session.start(PROGRAM)? else { return Err("expected a pause".into()) };
    let table = json!({"tea": 3, "milk": 2, "bread": 4});
    let answers: Vec<(u32, Result<Value, _>)> =
        pending.calls().iter().map(|c| (c.id, Ok(table[c.args.args[0].as_str().unwrap()].clone()))).collect();
    println!("one pause, {} calls", answers.len());
    match pending.resume_all(answers)? {
        Progress::Done(out) => print!("{}", out.stdout_text()),
        Progress::Paused(_) => return Err("paused again".into()),
    }

    // 2. The host answers itself, concurrently: three 200 ms lookups.
    let sandbox = Sandbox::builder()
        .function_awaitable("price", |item: String| async move {
            tokio::time::sleep(Duration::from_millis(200)).await;
            Ok::<_, String>(item.len())
        })
        .build()?;
    let started = Instant::now();
    print!("{}", sandbox.session()?.exec(PROGRAM)?.stdout_text());
    let took = started.elapsed();
    println!("three 200 ms calls overlapped: {}", took < Duration::from_millis(550));
    Ok(())
}
