//! The HTTP server loop for `mpsandbox mcp --http`: hyper's HTTP/1
//! connections with the deadlines axum's `serve` does not set, so that slow
//! or idle clients cannot hold the server's connections (slowloris): a
//! request's headers must arrive within [`HEADER_TIMEOUT`], and at most
//! [`MAX_CONNECTIONS`] are open at once (later ones wait in the kernel's
//! backlog until one closes).

use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
pub const MAX_CONNECTIONS: usize = 1024;

/// Serves `router` on `listener` until Ctrl-C.
pub async fn serve(listener: TcpListener, router: axum::Router) -> Result<(), String> {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let stop = tokio::signal::ctrl_c();
    tokio::pin!(stop);
    loop {
        let slot = tokio::select! {
            _ = &mut stop => return Ok(()),
            slot = slots.clone().acquire_owned() => slot.map_err(|e| e.to_string())?,
        };
        let (stream, _) = tokio::select! {
            _ = &mut stop => return Ok(()),
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of descriptors, say: try again shortly.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let service = TowerToHyperService::new(router.clone());
        tokio::spawn(async move {
            let _slot = slot;
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .with_upgrades()
                .await;
        });
    }
}
