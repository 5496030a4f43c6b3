//! The epoch ticker: advances one engine's epoch while any of its calls is
//! running, so epoch deadlines can stop running wasm; parks otherwise, so an
//! idle process does not wake up every tick. One per [`super::Runtime`]; its
//! thread ends when the runtime is dropped.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Weak};
use std::thread::{self, Thread};
use std::time::Duration;

use wasmtime::Engine;

/// How often running wasm checks for a deadline or an interrupt.
const TICK: Duration = Duration::from_millis(5);

struct Shared {
    active: AtomicUsize,
    engine: Engine,
}

pub(crate) struct Ticker {
    /// The only strong reference besides running calls' guards: once it
    /// and they are gone, the thread finds nothing to upgrade and ends.
    shared: Option<Arc<Shared>>,
    thread: Thread,
}

impl Ticker {
    pub(crate) fn start(engine: &Engine) -> std::io::Result<Ticker> {
        let shared = Arc::new(Shared { active: AtomicUsize::new(0), engine: engine.clone() });
        let weak = Arc::downgrade(&shared);
        let thread = thread::Builder::new().name("mpsandbox-epoch".into()).spawn(move || tick(weak))?.thread().clone();
        Ok(Ticker { shared: Some(shared), thread })
    }

    /// Keeps the epoch advancing until the guard is dropped.
    pub(crate) fn running(&self) -> Running {
        let shared = self.shared.clone().expect("a live ticker has its state");
        if shared.active.fetch_add(1, Ordering::AcqRel) == 0 {
            self.thread.unpark();
        }
        Running(shared)
    }
}

fn tick(weak: Weak<Shared>) {
    loop {
        let Some(shared) = weak.upgrade() else { return };
        if shared.active.load(Ordering::Acquire) == 0 {
            drop(shared);
            thread::park();
            continue;
        }
        thread::sleep(TICK);
        shared.engine.increment_epoch();
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        // Release the state first, so the woken thread cannot upgrade it.
        self.shared = None;
        self.thread.unpark();
    }
}

pub(crate) struct Running(Arc<Shared>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.active.fetch_sub(1, Ordering::AcqRel);
    }
}
