//! The MCP server's view of the shared store (`--session-store redis://...`
//! or `s3://...`, the library's [`mpsandbox::store`]): each sandbox session
//! and snapshot is a header `session:<id>` / `snapshot:<id>` naming a
//! signed snapshot image and carrying its owner and limits; the
//! streamable-HTTP transport's sessions are headers `mcp:<id>` with no
//! image. What the library guarantees carries over: a call's new image is
//! written before its header is switched by compare-and-swap against the
//! header the call started from, so a replica killed in between leaves the
//! old state whole, and two replicas running one session cannot both win.

use std::time::Duration;

use mpsandbox::store::{self, Revision, SnapshotStore, StoreError};
use serde_json::{Map, Value};

/// What a session or snapshot id points at.
#[derive(Debug, Clone)]
pub struct Header {
    pub owner: String,
    /// The blob holding the state (blake3 of its bytes): the state's version.
    pub blob: String,
    /// The limits it runs under (the outcome's names).
    pub limits: Value,
    /// As stored, to point another id at the same state.
    stored: store::Header,
    /// As read, to swap against.
    revision: Revision,
}

#[derive(Clone)]
pub struct Store(SnapshotStore);

impl Store {
    /// Connects to `url`; fails at once, with the reason, when the store
    /// cannot be reached (or an S3 bucket does not exist).
    pub async fn connect(url: &str, ttl: Duration) -> Result<Store, String> {
        SnapshotStore::connect(url, ttl).await.map(Store).map_err(|e| format!("--session-store {url}: {e}"))
    }

    /// The header of a session (`kind` "session") or snapshot ("snapshot").
    /// An id the store cannot even name is one it does not have.
    pub async fn header(&self, kind: &str, id: &str) -> Result<Option<Header>, String> {
        let read = match self.0.header(&format!("{kind}:{id}")).await {
            Ok(read) => read,
            Err(StoreError::BadName { .. }) => return Ok(None),
            Err(e) => return Err(said(e)),
        };
        let Some((revision, stored)) = read else { return Ok(None) };
        let owner = stored.meta.get("owner").and_then(Value::as_str).map(str::to_string);
        let blob = stored.blob.as_ref().map(|b| b.as_str().to_string());
        match (owner, blob) {
            (Some(owner), Some(blob)) => {
                let limits = stored.meta.get("limits").cloned().unwrap_or(Value::Null);
                Ok(Some(Header { owner, blob, limits, stored, revision }))
            }
            _ => Err(format!("a corrupt {kind} header (no owner or no state)")),
        }
    }

    pub async fn blob(&self, header: &Header) -> Result<Vec<u8>, String> {
        let blob = header.stored.blob.as_ref().ok_or("a header with no state")?;
        self.0.blob(blob).await.map_err(said)
    }

    /// Writes `bytes` (a blob) and switches `id` from `from` to a header
    /// pointing at them. `Ok(None)`: someone else switched it first, nothing
    /// changed.
    pub async fn save(
        &self,
        kind: &str,
        id: &str,
        from: Option<&Header>,
        owner: &str,
        limits: &Value,
        bytes: &[u8],
    ) -> Result<Option<Header>, String> {
        let blob = self.0.put_blob(bytes).await.map_err(said)?;
        let mut meta = Map::new();
        meta.insert("owner".into(), owner.into());
        meta.insert("limits".into(), limits.clone());
        let stored = store::Header { blob: Some(blob.clone()), meta };
        match self.0.swap(&format!("{kind}:{id}"), from.map(|h| &h.revision), &stored).await {
            Ok(revision) => Ok(Some(Header {
                owner: owner.to_string(),
                blob: blob.as_str().to_string(),
                limits: limits.clone(),
                stored,
                revision,
            })),
            Err(StoreError::Conflict { .. }) => Ok(None),
            Err(e) => Err(said(e)),
        }
    }

    /// Creates `id` pointing at the state `to` points at; `Ok(false)` when
    /// `id` exists already.
    pub async fn create(&self, kind: &str, id: &str, to: &Header) -> Result<bool, String> {
        match self.0.swap(&format!("{kind}:{id}"), None, &to.stored).await {
            Ok(_) => Ok(true),
            Err(StoreError::Conflict { .. }) => Ok(false),
            Err(e) => Err(said(e)),
        }
    }

    pub async fn delete(&self, kind: &str, id: &str) -> Result<(), String> {
        match self.0.delete(&format!("{kind}:{id}")).await {
            Ok(()) | Err(StoreError::BadName { .. }) => Ok(()),
            Err(e) => Err(said(e)),
        }
    }
}

/// A store error in the words the server's refusals use.
fn said(e: StoreError) -> String {
    match e {
        StoreError::Unavailable { url, reason } => format!("the session store ({url}) is unavailable: {reason}"),
        StoreError::Expired { .. } => "its state has expired from the session store".into(),
        other => other.to_string(),
    }
}

/// The streamable-HTTP transport's sessions (the client's `initialize`), so
/// a request may land on any replica.
pub struct TransportSessions(pub Store);

type TransportError = rmcp::transport::streamable_http_server::session::SessionStoreError;
use rmcp::transport::streamable_http_server::session::SessionState;

#[async_trait::async_trait]
impl rmcp::transport::streamable_http_server::session::SessionStore for TransportSessions {
    async fn load(&self, session_id: &str) -> Result<Option<SessionState>, TransportError> {
        match self.0 .0.header(&format!("mcp:{session_id}")).await {
            Ok(None) | Err(StoreError::BadName { .. }) => Ok(None),
            Ok(Some((_, header))) => Ok(Some(serde_json::from_value(Value::Object(header.meta))?)),
            Err(e) => Err(said(e).into()),
        }
    }

    /// Transport session ids are new on every `initialize`: create only.
    async fn store(&self, session_id: &str, state: &SessionState) -> Result<(), TransportError> {
        let Value::Object(meta) = serde_json::to_value(state)? else {
            return Err("a transport session's state is not a JSON object".into());
        };
        let header = store::Header { blob: None, meta };
        self.0 .0.swap(&format!("mcp:{session_id}"), None, &header).await.map(drop).map_err(|e| said(e).into())
    }

    async fn delete(&self, session_id: &str) -> Result<(), TransportError> {
        Ok(self.0.delete("mcp", session_id).await?)
    }
}
