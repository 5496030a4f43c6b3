//! Stopping a running call from another thread: an `InterruptHandle` ends
//! the call with `Error::Interrupted` (the CLI wires Ctrl-C to it). The
//! session is then poisoned, like after a limit, until `reset`.
//!
//!     cargo run --release --example interrupt

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use mpsandbox::{Error, Sandbox};

fn main() -> Result<(), Error> {
    // No timeout: only the interrupt can end this call.
    let sandbox = Sandbox::builder().timeout(None).build()?;
    let mut session = sandbox.session()?;
    session.exec("ticks = 0")?;
    let handle = session.interrupt_handle();

    let (started_tx, started_rx) = mpsc::channel();
    let worker = thread::spawn(move || {
        started_tx.send(Instant::now()).unwrap();
        // Guest code cannot swallow the interrupt: it is not a Python exception.
        let result = session.exec("while True:\n    try:\n        ticks += 1\n    except BaseException:\n        pass");
        (session, result)
    });

    let started = started_rx.recv().unwrap();
    thread::sleep(Duration::from_millis(200));
    handle.interrupt();
    let (mut session, result) = worker.join().unwrap();
    println!("stopped after {:?}", started.elapsed());
    assert!(matches!(result, Err(Error::Interrupted { .. })), "{result:?}");
    assert!(session.is_poisoned());

    // Interrupting an idle session does nothing: the request is dropped
    // when the next call starts.
    session.reset()?;
    handle.interrupt();
    let out = session.exec("print('fresh interpreter, ticks defined:', 'ticks' in globals())")?;
    print!("{}", out.stdout_text());
    assert_eq!(out.stdout_text(), "fresh interpreter, ticks defined: False\n");
    Ok(())
}
