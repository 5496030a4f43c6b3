//! Bearer-token authentication for `mpsandbox mcp --http`, as the MCP
//! authorization spec asks of a resource server: a request without a valid
//! `Authorization: Bearer` token gets 401 with a `WWW-Authenticate`
//! challenge naming the protected-resource metadata
//! (`/.well-known/oauth-protected-resource`, RFC 9728). Tokens are issued out
//! of band (a file or an environment variable), so the metadata names no
//! authorization server.
//!
//! Each token is its own principal: the MCP sessions (`mcp-session-id`) and
//! the sandbox sessions and snapshots it creates are invisible to the others.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Who made a request: a name derived from its token (never the token).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Principal(pub String);

/// Tokens shorter than this are refused at start: they could be guessed.
const MIN_TOKEN: usize = 16;

pub struct Tokens {
    /// Each token's digest and the principal it stands for.
    known: Vec<([u8; 32], Principal)>,
    /// Which principal opened each MCP session.
    owners: Mutex<HashMap<String, Principal>>,
}

impl Tokens {
    /// Reads tokens: one per non-empty line of each file (`#` starts a
    /// comment line), and the value of each environment variable.
    pub fn load(files: &[String], vars: &[String]) -> Result<Option<Arc<Tokens>>, String> {
        let mut tokens: Vec<String> = Vec::new();
        for path in files {
            let text = std::fs::read_to_string(path).map_err(|e| format!("--http-token-file {path}: {e}"))?;
            tokens
                .extend(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from));
        }
        for var in vars {
            let value = std::env::var(var).map_err(|_| format!("--http-token-env {var}: the variable is not set"))?;
            tokens.push(value.trim().to_string());
        }
        if files.is_empty() && vars.is_empty() {
            return Ok(None);
        }
        if tokens.is_empty() {
            return Err("--http-token-file/--http-token-env gave no token".into());
        }
        let mut known = Vec::new();
        for t in &tokens {
            if t.len() < MIN_TOKEN || !t.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(format!("a token must be at least {MIN_TOKEN} visible ASCII characters"));
            }
            let digest = *blake3::hash(t.as_bytes()).as_bytes();
            let principal = Principal(format!("token-{}", &blake3::hash(&digest).to_hex()[..12]));
            known.push((digest, principal));
        }
        Ok(Some(Arc::new(Tokens { known, owners: Mutex::new(HashMap::new()) })))
    }

    /// The principal of a presented token. Digests are compared in constant
    /// time, and every known token is compared, so timing tells nothing.
    fn principal(&self, presented: &str) -> Option<Principal> {
        let digest = blake3::hash(presented.as_bytes());
        let mut found = None;
        for (known, principal) in &self.known {
            let diff = known.iter().zip(digest.as_bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
            if diff == 0 {
                found = Some(principal.clone());
            }
        }
        found
    }

    fn owners(&self) -> std::sync::MutexGuard<'_, HashMap<String, Principal>> {
        self.owners.lock().unwrap_or_else(|e| e.into_inner())
    }
}

const METADATA_PATH: &str = "/.well-known/oauth-protected-resource";

/// The protected-resource metadata, readable without a token.
pub async fn metadata(request: Request) -> Response {
    let base = base_url(&request);
    let body = serde_json::json!({
        "resource": format!("{base}/mcp"),
        "resource_name": "mpsandbox",
        "bearer_methods_supported": ["header"],
        "authorization_servers": [],
    });
    ([(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn base_url(request: &Request) -> String {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    format!("http://{host}")
}

/// Checks the token, tags the request with its principal, and keeps MCP
/// sessions to the principal that opened them.
pub async fn require_token(State(tokens): State<Arc<Tokens>>, mut request: Request, next: Next) -> Response {
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")));
    let principal = match presented.map(|t| tokens.principal(t.trim())) {
        Some(Some(p)) => p,
        Some(None) => return challenge(&request, Some("invalid_token")),
        None => return challenge(&request, None),
    };
    let session = request.headers().get("mcp-session-id").and_then(|v| v.to_str().ok()).map(String::from);
    if let Some(id) = &session {
        // Another principal's session answers as an unknown one would.
        if tokens.owners().get(id).is_some_and(|owner| owner != &principal) {
            return (StatusCode::NOT_FOUND, "Session not found").into_response();
        }
    }
    let closing = request.method() == Method::DELETE;
    request.extensions_mut().insert(principal.clone());
    let response = next.run(request).await;
    match (&session, response.headers().get("mcp-session-id").and_then(|v| v.to_str().ok())) {
        (None, Some(opened)) => {
            tokens.owners().insert(opened.to_string(), principal);
        }
        (Some(id), _) if closing && response.status().is_success() => {
            tokens.owners().remove(id);
        }
        _ => {}
    }
    response
}

fn challenge(request: &Request, error: Option<&str>) -> Response {
    let mut value = format!("Bearer realm=\"mpsandbox\", resource_metadata=\"{}{METADATA_PATH}\"", base_url(request));
    if let Some(e) = error {
        value += &format!(", error=\"{e}\"");
    }
    let mut response = Response::new(Body::from(match error {
        Some(_) => "{\"error\":\"invalid_token\"}",
        None => "{\"error\":\"a bearer token is required\"}",
    }));
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Ok(v) = HeaderValue::from_str(&value) {
        headers.insert(header::WWW_AUTHENTICATE, v);
    }
    response
}

pub fn metadata_path() -> &'static str {
    METADATA_PATH
}
