//! `mpsandbox mcp`: the sandbox as a Model Context Protocol server, over
//! stdio (the default: a client starts it as a subprocess) or streamable
//! HTTP (`--http ADDR`, path `/mcp`). The policy flags are the CLI's; a
//! client can only tighten them per call or per session.

mod auth;
mod durable;
mod http_conn;
mod sessions;
mod stdio;
mod store;
mod tools;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser};
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use rmcp::ServiceExt;

use crate::args::{parse_timeout, PolicyArgs, Timeout};
use crate::report;
use sessions::Registry;
use tools::SandboxServer;

const AFTER_HELP: &str = "\
Tools: run_python (a fresh sandbox per call), session_create, session_exec,
session_reset, session_close, session_snapshot, session_fork, describe. Each
result carries the `mpsandbox --json` object as structured content and a text
block; an exception, a syntax error or a limit is a tool error (isError),
never a failed server.

A client may pass timeout_ms, memory, fuel and max_output to
run_python and session_create; values above the server's flags are lowered to
them. Over HTTP, only loopback Host headers are accepted unless
--http-allow-host names others (DNS-rebinding protection). Without
--http-token-file/--http-token-env there is no authentication: expose it
beyond loopback only with tokens, or behind a proxy that authenticates.";

/// Serve the sandbox to AI agents over the Model Context Protocol.
#[derive(Debug, Parser)]
#[command(name = "mpsandbox mcp", version, about, after_help = AFTER_HELP, args_override_self = true)]
struct McpArgs {
    /// Serve streamable HTTP at ADDR (e.g. 127.0.0.1:8000; port 0 picks one)
    /// on the path /mcp, instead of stdio. The address is printed on stderr.
    #[arg(long, value_name = "ADDR")]
    http: Option<SocketAddr>,

    /// With --http: also accept requests whose Host header is NAME (or
    /// NAME:PORT), e.g. a container's name; loopback names are always
    /// accepted. Repeatable. Without it, other names are refused (DNS
    /// rebinding protection).
    #[arg(long = "http-allow-host", value_name = "NAME", requires = "http")]
    http_allow_hosts: Vec<String>,

    /// With --http: accept only requests carrying `Authorization: Bearer
    /// TOKEN` for a TOKEN listed in FILE (one per line; at least 16
    /// characters). Each token is its own principal: sessions and snapshots
    /// one creates are invisible to the others. Repeatable.
    #[arg(long = "http-token-file", value_name = "FILE", requires = "http")]
    http_token_files: Vec<String>,

    /// With --http: like --http-token-file, the token being the value of the
    /// environment variable VAR. Repeatable.
    #[arg(long = "http-token-env", value_name = "VAR", requires = "http")]
    http_token_vars: Vec<String>,

    /// Live sessions kept at most (and, separately, snapshots).
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    max_sessions: u32,

    /// Keep sessions and snapshots in this shared store instead of this
    /// process: redis://HOST:PORT/DB, or an S3 bucket,
    /// s3://BUCKET/PREFIX[?endpoint=URL&region=REGION] (credentials from
    /// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), so that replicas behind a
    /// load balancer can each serve any session, and a replica that goes
    /// away loses nothing. Needs MPSANDBOX_SNAPSHOT_KEY_FILE: stored
    /// snapshots are signed.
    #[arg(long = "session-store", value_name = "URL")]
    session_store: Option<String>,

    /// Sessions and snapshots unused for this long are freed (e.g. 10m, 1h).
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse_timeout)]
    idle_timeout: Timeout,

    #[command(flatten)]
    policy: PolicyArgs,
}

/// Runs `mpsandbox mcp ARGS...` (the arguments after `mcp`).
pub fn main(args: impl IntoIterator<Item = std::ffi::OsString>) -> ExitCode {
    let matches = McpArgs::command().get_matches_from(args);
    let mut args = McpArgs::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    args.policy.order_grants(&matches);
    // Without an idle limit sessions live until closed.
    let idle = args.idle_timeout.0.unwrap_or(Duration::MAX);
    let pool = args.max_sessions + 16;
    let tokens = match auth::Tokens::load(&args.http_token_files, &args.http_token_vars) {
        Ok(t) => t,
        Err(why) => {
            eprintln!("mpsandbox mcp: {why}");
            return ExitCode::from(report::USAGE);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("mpsandbox mcp: cannot start the async runtime: {e}");
            return ExitCode::from(4);
        }
    };
    let sandbox_runtime = match crate::runtime(pool) {
        Ok(rt) => rt,
        Err(e) => {
            eprint!("{}", report::error_text(&e));
            return ExitCode::from(report::exit_code_of(&e));
        }
    };
    let store = match &args.session_store {
        None => None,
        Some(_) if !sandbox_runtime.signs_snapshots() => {
            eprintln!("mpsandbox mcp: --session-store keeps snapshots outside this process, so they must be signed: set MPSANDBOX_SNAPSHOT_KEY_FILE (the same key on every replica)");
            return ExitCode::from(report::USAGE);
        }
        Some(url) => match runtime.block_on(store::Store::connect(url, idle)) {
            Ok(s) => Some(s),
            Err(why) => {
                eprintln!("mpsandbox mcp: {why}");
                return ExitCode::from(report::USAGE);
            }
        },
    };
    let registry = Registry::new(args.max_sessions as usize, idle);
    let server = match SandboxServer::new(args.policy.clone(), sandbox_runtime, registry, store.clone()) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", report::error_text(&e));
            return ExitCode::from(report::exit_code_of(&e));
        }
    };
    let served = runtime.block_on(async move {
        tokio::spawn(sweep(server.clone(), idle));
        match args.http {
            None => serve_stdio(server).await,
            Some(addr) => serve_http(server, addr, args.http_allow_hosts, tokens, store).await,
        }
    });
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mpsandbox mcp: {e}");
            ExitCode::from(4)
        }
    }
}

/// Frees idle sessions even while no request comes.
async fn sweep(server: SandboxServer, idle: Duration) {
    let every = (idle / 4).clamp(Duration::from_millis(100), Duration::from_secs(30));
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        let s = server.clone();
        let _ = tokio::task::spawn_blocking(move || s.registry().sweep()).await;
    }
}

async fn serve_stdio(server: SandboxServer) -> Result<(), String> {
    let running = server.serve(stdio::transport()).await.map_err(|e| format!("stdio: {e}"))?;
    running.waiting().await.map(drop).map_err(|e| format!("stdio: {e}"))
}

async fn serve_http(
    server: SandboxServer,
    addr: SocketAddr,
    extra_hosts: Vec<String>,
    tokens: Option<Arc<auth::Tokens>>,
    store: Option<store::Store>,
) -> Result<(), String> {
    let mut config = StreamableHttpServerConfig::default();
    config.allowed_hosts.extend(extra_hosts);
    // The transport's sessions too: a request may land on any replica.
    config.session_store = store.map(|s| Arc::new(store::TransportSessions(s)) as _);
    let service: StreamableHttpService<SandboxServer, LocalSessionManager> =
        StreamableHttpService::new(move || Ok(server.clone()), Arc::new(LocalSessionManager::default()), config);
    let mut router = axum::Router::new().nest_service("/mcp", service);
    if let Some(tokens) = tokens {
        router = router
            .layer(axum::middleware::from_fn_with_state(tokens, auth::require_token))
            .route(auth::metadata_path(), axum::routing::get(auth::metadata));
    }
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("--http {addr}: {e}"))?;
    let bound = listener.local_addr().map_err(|e| e.to_string())?;
    eprintln!("mpsandbox mcp: serving streamable HTTP at http://{bound}/mcp");
    http_conn::serve(listener, router).await.map_err(|e| format!("http: {e}"))
}
