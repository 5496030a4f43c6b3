//! Ctrl-C during a sandbox call from Python's main thread. The call runs
//! with the GIL released, so Python's own SIGINT handler only records the
//! signal and nothing would stop the guest until its timeout. A second
//! handler (signal-hook, which chains to Python's) wakes a watcher thread
//! that interrupts the main thread's running calls; the call then returns,
//! and Python raises its KeyboardInterrupt as usual.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use mpsandbox::InterruptHandle;
use pyo3::prelude::*;

/// `threading.main_thread().ident`, read at import.
static MAIN_THREAD: OnceLock<u64> = OnceLock::new();
/// The main thread's calls in progress (one, unless host functions re-enter).
static RUNNING: Mutex<Vec<(u64, InterruptHandle)>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);

pub fn init(py: Python<'_>) -> PyResult<()> {
    let ident: u64 = py.import("threading")?.call_method0("main_thread")?.getattr("ident")?.extract()?;
    let _ = MAIN_THREAD.set(ident);
    Ok(())
}

fn running() -> std::sync::MutexGuard<'static, Vec<(u64, InterruptHandle)>> {
    RUNNING.lock().unwrap_or_else(|e| e.into_inner())
}

/// While alive, Ctrl-C interrupts the call `handle` stops.
pub struct Watch(u64);

impl Drop for Watch {
    fn drop(&mut self) {
        running().retain(|(id, _)| *id != self.0);
    }
}

/// A watch for a call about to run, if this is Python's main thread (the
/// only one KeyboardInterrupt reaches) and the watcher could start.
pub fn watch(handle: &InterruptHandle) -> Option<Watch> {
    #[allow(trivial_numeric_casts, reason = "c_ulong is u32 on some targets")]
    let me = unsafe { pyo3::ffi::PyThread_get_thread_ident() } as u64;
    if MAIN_THREAD.get() != Some(&me) || !watcher_started() {
        return None;
    }
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    running().push((id, handle.clone()));
    Some(Watch(id))
}

#[cfg(unix)]
fn watcher_started() -> bool {
    static STARTED: OnceLock<bool> = OnceLock::new();
    *STARTED.get_or_init(|| {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT]) else { return false };
        std::thread::Builder::new()
            .name("mpsandbox-ctrl-c".into())
            .spawn(move || {
                for _ in signals.forever() {
                    for (_, handle) in running().iter() {
                        handle.interrupt();
                    }
                }
            })
            .is_ok()
    })
}

#[cfg(not(unix))]
fn watcher_started() -> bool {
    false
}
