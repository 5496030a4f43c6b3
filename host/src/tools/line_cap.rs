//! A reader that fails once a line (one MCP message on stdio) grows past a
//! cap, so a server sending a huge message closes its connection at once:
//! rmcp's own reader drops such a line silently and the call would wait out
//! its timeout.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, ReadBuf};

pub(crate) struct LineCap<R> {
    inner: R,
    cap: usize,
    /// Bytes since the last newline.
    line: usize,
    /// Set when the cap ended the stream, for the error the caller sees.
    tripped: Arc<AtomicBool>,
}

impl<R> LineCap<R> {
    pub(crate) fn new(inner: R, cap: usize, tripped: Arc<AtomicBool>) -> Self {
        LineCap { inner, cap, line: 0, tripped }
    }
}

impl<R: AsyncRead + Unpin> AsyncRead for LineCap<R> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = &mut *self;
        let polled = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            for &b in &buf.filled()[before..] {
                this.line = if b == b'\n' { 0 } else { this.line + 1 };
                if this.line > this.cap {
                    this.tripped.store(true, Ordering::Relaxed);
                    return Poll::Ready(Err(io::Error::other(format!("a message longer than {} bytes", this.cap))));
                }
            }
        }
        polled
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    #[tokio::test]
    async fn lines_within_the_cap_pass_and_a_longer_one_fails() {
        let tripped = Arc::new(AtomicBool::new(false));
        let mut ok = LineCap::new(&b"abcd\nefgh\n"[..], 4, tripped.clone());
        let mut out = Vec::new();
        ok.read_to_end(&mut out).await.unwrap();
        assert_eq!(out, b"abcd\nefgh\n");
        let mut long = LineCap::new(&b"ab\nabcdef\n"[..], 4, tripped.clone());
        assert!(long.read_to_end(&mut Vec::new()).await.is_err());
        assert!(tripped.load(Ordering::Relaxed));
    }
}
