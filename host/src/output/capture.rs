//! Capture plumbing: the guest's stdout and stderr as seen by the host.
//!
//! Both streams of one session share a byte budget per call. Bytes are either
//! captured into memory (returned with the call's result) or passed straight
//! to the host process's own stdout/stderr as they arrive. Past the budget the
//! write traps, which stops the guest at once: the host never buffers more
//! than the budget, whatever the guest prints.

use std::io::Write;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};

use bytes::Bytes;
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError, StreamResult};

use super::OutputMode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Stdout,
    Stderr,
}

#[derive(Debug)]
struct Buffers {
    mode: OutputMode,
    limit: usize,
    used: usize,
    exceeded: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// The shared state behind a session's two output streams.
#[derive(Debug, Clone)]
pub(crate) struct Outputs(Arc<Mutex<Buffers>>);

impl Outputs {
    pub(crate) fn new(mode: OutputMode, limit: usize) -> Self {
        Outputs(Arc::new(Mutex::new(Buffers {
            mode,
            limit,
            used: 0,
            exceeded: false,
            stdout: Vec::new(),
            stderr: Vec::new(),
        })))
    }

    fn lock(&self) -> MutexGuard<'_, Buffers> {
        // A panic while holding the lock cannot leave the buffers
        // inconsistent (every update is a single push), so poisoning is moot.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn stdout(&self) -> Channel {
        Channel { outputs: self.clone(), which: Which::Stdout }
    }

    pub(crate) fn stderr(&self) -> Channel {
        Channel { outputs: self.clone(), which: Which::Stderr }
    }

    /// Takes what the finished call produced and opens a fresh budget.
    /// Returns (stdout, stderr, whether the budget was exceeded).
    pub(crate) fn take(&self) -> (Vec<u8>, Vec<u8>, bool) {
        let mut b = self.lock();
        let out = (std::mem::take(&mut b.stdout), std::mem::take(&mut b.stderr), b.exceeded);
        b.used = 0;
        b.exceeded = false;
        out
    }

    /// Bytes the calls of one paused-and-resumed run wrote so far count
    /// against its budget: the next part starts with `used` spent.
    pub(crate) fn carry(&self, used: usize) {
        self.lock().used = used;
    }

    fn write(&self, which: Which, bytes: &[u8]) -> Result<(), ()> {
        let mut b = self.lock();
        let room = b.limit.saturating_sub(b.used);
        let (kept, over) = if bytes.len() > room { (&bytes[..room], true) } else { (bytes, false) };
        b.used += kept.len();
        match b.mode {
            OutputMode::Capture => match which {
                Which::Stdout => b.stdout.extend_from_slice(kept),
                Which::Stderr => b.stderr.extend_from_slice(kept),
            },
            OutputMode::Inherit => {
                // A closed host stdout (e.g. `| head`) must not kill the
                // guest; the bytes are simply dropped like a closed pipe's.
                let _ = match which {
                    Which::Stdout => write_through(std::io::stdout().lock(), kept),
                    Which::Stderr => write_through(std::io::stderr().lock(), kept),
                };
            }
        }
        if over {
            b.exceeded = true;
            return Err(());
        }
        Ok(())
    }
}

fn write_through(mut w: impl Write, bytes: &[u8]) -> std::io::Result<()> {
    w.write_all(bytes)?;
    w.flush()
}

/// One of the two streams, handed to wasmtime-wasi as the guest's stdout or stderr.
#[derive(Debug, Clone)]
pub(crate) struct Channel {
    outputs: Outputs,
    which: Which,
}

/// The most a single guest write may carry; the guest splits larger ones.
const WRITE_PERMIT: usize = 64 * 1024;

fn limit_error() -> StreamError {
    StreamError::Trap(wasmtime::format_err!("output limit exceeded"))
}

impl OutputStream for Channel {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.outputs.write(self.which, &bytes).map_err(|()| limit_error())
    }

    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }

    fn check_write(&mut self) -> StreamResult<usize> {
        Ok(WRITE_PERMIT)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for Channel {
    async fn ready(&mut self) {}
}

impl IsTerminal for Channel {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for Channel {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

impl tokio::io::AsyncWrite for Channel {
    fn poll_write(self: Pin<&mut Self>, _: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        Poll::Ready(match self.outputs.write(self.which, buf) {
            Ok(()) => Ok(buf.len()),
            Err(()) => Err(std::io::Error::other("output limit exceeded")),
        })
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}
