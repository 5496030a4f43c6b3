//! Stopping a running call from outside: the timeout, and interrupts
//! requested by the embedder (e.g. the REPL's Ctrl-C).
//!
//! Two paths cover the two ways a guest can be busy. Running wasm is checked
//! at epoch boundaries: the runtime's ticker advances the engine's epoch
//! (`runtime::epoch`), and the store's epoch callback traps once the call's
//! deadline has passed or an interrupt is pending. A guest blocked in an
//! async host call (`time.sleep`) runs no wasm, so the call's future is also
//! raced against the deadline and the interrupt signal, and dropped when
//! either wins.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::Notify;

/// Why the host stopped a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stopped {
    Timeout,
    Interrupted,
}

impl fmt::Display for Stopped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Stopped::Timeout => "the call ran past its timeout",
            Stopped::Interrupted => "the call was interrupted",
        })
    }
}

impl std::error::Error for Stopped {}

/// A handle that stops a session's running call from another thread. The
/// call fails with [`crate::Error::Interrupted`]; the session is then
/// poisoned, like after any forced stop. Interrupting an idle session
/// affects nothing: the request is dropped when the next call starts.
#[derive(Debug, Clone, Default)]
pub struct InterruptHandle(Arc<Signal>);

#[derive(Debug, Default)]
struct Signal {
    raised: AtomicBool,
    notify: Notify,
}

impl InterruptHandle {
    pub fn interrupt(&self) {
        self.0.raised.store(true, Ordering::Release);
        self.0.notify.notify_waiters();
    }

    pub(crate) fn clear(&self) {
        self.0.raised.store(false, Ordering::Release);
    }

    pub(crate) fn is_raised(&self) -> bool {
        self.0.raised.load(Ordering::Acquire)
    }

    /// Resolves once [`InterruptHandle::interrupt`] is called (or already was).
    pub(crate) async fn raised(&self) {
        let notified = self.0.notify.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        if self.is_raised() {
            return;
        }
        notified.await;
    }
}

/// What the store's epoch callback checks on each tick of a running call.
#[derive(Debug, Clone, Default)]
pub(crate) struct CallWatch {
    pub(crate) deadline: Option<Instant>,
    pub(crate) interrupt: InterruptHandle,
}

impl CallWatch {
    pub(crate) fn check(&self) -> Result<(), Stopped> {
        if self.interrupt.is_raised() {
            return Err(Stopped::Interrupted);
        }
        match self.deadline {
            Some(d) if Instant::now() >= d => Err(Stopped::Timeout),
            _ => Ok(()),
        }
    }

    /// Waits until the call must stop; never resolves while it may go on.
    pub(crate) async fn stopped(&self) -> Stopped {
        let deadline = async {
            match self.deadline {
                Some(d) => tokio::time::sleep_until(d.into()).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = deadline => Stopped::Timeout,
            () = self.interrupt.raised() => Stopped::Interrupted,
        }
    }
}
