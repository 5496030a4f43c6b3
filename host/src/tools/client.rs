//! The MCP client behind one tool server: an rmcp connection on a runtime of
//! its own, so it keeps serving between sandbox calls and whichever runtime
//! a host call runs on can reach it. A connection that dies (a crashed
//! server) is made again on the next call.

use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rmcp::model::{CallToolRequestParams, CallToolResult, Tool};
use rmcp::service::{Peer, RoleClient, RunningService, ServiceError};
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::ServiceExt;
use serde_json::{Map, Value};
use tokio::sync::Mutex;

use super::line_cap::LineCap;
use super::McpServer;
use crate::limits::MAX_HOST_VALUE;

/// The longest message a stdio server may send: a result the sandbox could
/// take at all, and room for its envelope.
const MAX_MESSAGE: usize = MAX_HOST_VALUE + (1 << 20);

/// Tools beyond this many are left out: a server that lists more is broken
/// or hostile, and every one of them would be a line in the model's context.
pub(crate) const MAX_TOOLS: usize = 1000;

pub(crate) struct Connection {
    server: McpServer,
    connect_timeout: Duration,
    /// `Option` so that `Drop` can shut it down without blocking, which
    /// dropping a runtime inside another one's task would.
    runtime: Option<tokio::runtime::Runtime>,
    live: Mutex<Option<Live>>,
}

/// One connection: the service, and for a command its process (killed when
/// dropped) and whether it sent a message over [`MAX_MESSAGE`].
struct Live {
    service: RunningService<RoleClient, ()>,
    _child: Option<tokio::process::Child>,
    oversized: Arc<AtomicBool>,
}

impl Connection {
    /// Connects and lists the server's tools; `Err` is a sentence saying why not.
    pub(crate) fn open(
        server: McpServer,
        connect_timeout: Duration,
    ) -> Result<(Arc<Connection>, Vec<Tool>, String), String> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("mpsandbox-mcp-client")
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the client's runtime: {e}"))?;
        let conn = Arc::new(Connection { server, connect_timeout, runtime: Some(runtime), live: Mutex::new(None) });
        let (tx, rx) = std::sync::mpsc::channel::<Result<(Vec<Tool>, String), String>>();
        let c = conn.clone();
        conn.handle().spawn(async move {
            let listed = async {
                let peer = c.peer().await?;
                let tools = tokio::time::timeout(c.connect_timeout, peer.list_all_tools())
                    .await
                    .map_err(|_| format!("did not list its tools within {:?}", c.connect_timeout))?
                    .map_err(|e| format!("cannot list its tools: {e}"))?;
                let info =
                    peer.peer_info().and_then(|i| i.server_info.as_ref().map(|s| format!("{} {}", s.name, s.version)));
                Ok((tools, info.unwrap_or_default()))
            };
            let _ = tx.send(listed.await);
        });
        let (tools, info) = rx.recv().map_err(|_| "the client stopped while connecting".to_string())??;
        Ok((conn, tools, info))
    }

    fn handle(&self) -> &tokio::runtime::Handle {
        self.runtime.as_ref().expect("the runtime lives until drop").handle()
    }

    /// The live connection's peer, connecting (again) when there is none.
    async fn peer(&self) -> Result<Peer<RoleClient>, String> {
        let mut live = self.live.lock().await;
        if let Some(l) = live.as_ref().filter(|l| !l.service.is_closed()) {
            return Ok(l.service.peer().clone());
        }
        let made = tokio::time::timeout(self.connect_timeout, self.connect())
            .await
            .map_err(|_| format!("did not answer the MCP handshake within {:?}", self.connect_timeout))??;
        let peer = made.service.peer().clone();
        *live = Some(made);
        Ok(peer)
    }

    async fn connect(&self) -> Result<Live, String> {
        let oversized = Arc::new(AtomicBool::new(false));
        let (service, child) = match &self.server {
            McpServer::Command { program, args } => {
                let mut child = tokio::process::Command::new(program)
                    .args(args)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .kill_on_drop(true)
                    .spawn()
                    .map_err(|e| format!("cannot start '{program}': {e}"))?;
                let (Some(stdout), Some(stdin)) = (child.stdout.take(), child.stdin.take()) else {
                    return Err(format!("cannot start '{program}': no pipes"));
                };
                let reader = LineCap::new(stdout, MAX_MESSAGE, oversized.clone());
                (().serve((reader, stdin)).await, Some(child))
            }
            McpServer::Url { url, bearer } => {
                let _ = rustls::crypto::ring::default_provider().install_default();
                let mut config = rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig::with_uri(
                    url.as_str(),
                );
                config.auth_header = bearer.clone();
                (().serve(StreamableHttpClientTransport::from_config(config)).await, None)
            }
        };
        let service = service.map_err(|e| format!("failed the MCP handshake: {e}"))?;
        Ok(Live { service, _child: child, oversized })
    }

    /// Calls `tool` from any runtime; `Err` is the reason, for `HostError`.
    pub(crate) async fn call(
        self: &Arc<Self>,
        tool: &str,
        arguments: Map<String, Value>,
        timeout: Duration,
    ) -> Result<CallToolResult, String> {
        let this = self.clone();
        let mut params = CallToolRequestParams::new(tool.to_string());
        params.arguments = Some(arguments);
        let task = self.handle().spawn(async move {
            let peer = this.peer().await?;
            match peer.call_tool(params).await {
                Ok(result) => Ok(result),
                Err(ServiceError::McpError(e)) => Err(e.message.to_string()),
                Err(ServiceError::TransportClosed | ServiceError::TransportSend(_)) => {
                    // The next call connects again (a crashed server restarts).
                    let gone = this.live.lock().await.take();
                    let why = match gone {
                        Some(l) if l.oversized.load(Ordering::Relaxed) => {
                            format!("sent a message over {MAX_MESSAGE} bytes, so its connection was closed")
                        }
                        _ => "closed the connection".to_string(),
                    };
                    Err(format!("{why} (it is reconnected on the next call)"))
                }
                Err(other) => Err(other.to_string()),
            }
        });
        let abort = task.abort_handle();
        // Dropped at a sandbox timeout too: the request is then cancelled.
        let _guard = AbortOnDrop(abort);
        match tokio::time::timeout(timeout, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err("the client task failed".into()),
            Err(_) => Err(format!("did not answer within {timeout:?}")),
        }
    }
}

struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        // Ends the service task, which closes the transport (a child server
        // is killed with it).
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}
