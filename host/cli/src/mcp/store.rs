//! A shared store for the MCP server's state, so that any replica can serve
//! any session (`--session-store redis://...`): each sandbox session and
//! snapshot is a signed snapshot image (a content-addressed blob) and a small
//! header pointing at it; the streamable-HTTP transport's sessions are kept
//! there too.
//!
//! A call's new state is written before the session switches to it: the blob
//! first, then the header by compare-and-swap against the header the call
//! started from. A replica killed between the two leaves the old state whole
//! (and an unreferenced blob that expires); two replicas running the same
//! session at once cannot both win.

use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::AsyncCommands;
use serde::{Deserialize, Serialize};

/// What a session or snapshot id points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub owner: String,
    /// The blob holding the state (blake3 of its bytes).
    pub blob: String,
    /// The limits it runs under (the outcome's names).
    pub limits: serde_json::Value,
}

#[derive(Clone)]
pub struct Store {
    redis: ConnectionManager,
    prefix: String,
    /// Entries untouched for this long expire (the server's idle timeout).
    ttl: Duration,
    url: String,
}

/// Sets KEYS[1] to ARGV[2] (expiring in ARGV[3] ms) only if it holds ARGV[1]
/// ('' meaning absent).
const SWAP: &str = r"
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0";

impl Store {
    /// Connects to `url` (`redis://host:port/db`); fails at once, with the
    /// reason, when the server cannot be reached.
    pub async fn connect(url: &str, ttl: Duration) -> Result<Store, String> {
        let client = redis::Client::open(url).map_err(|e| format!("--session-store {url}: {e}"))?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(5)))
            .set_response_timeout(Some(Duration::from_secs(5)))
            .set_number_of_retries(1);
        let redis = tokio::time::timeout(Duration::from_secs(10), ConnectionManager::new_with_config(client, config))
            .await
            .map_err(|_| format!("--session-store {url}: no answer within 10s"))?
            .map_err(|e| format!("--session-store {url}: {e}"))?;
        Ok(Store { redis, prefix: "mpsandbox".into(), ttl, url: url.to_string() })
    }

    fn key(&self, kind: &str, id: &str) -> String {
        format!("{}:{kind}:{id}", self.prefix)
    }

    fn ttl_ms(&self) -> u64 {
        u64::try_from(self.ttl.as_millis()).unwrap_or(u64::MAX).clamp(1000, i64::MAX as u64)
    }

    fn failed(&self, e: redis::RedisError) -> String {
        format!("the session store ({}) is unavailable: {e}", self.url)
    }

    /// Runs `op`, once more when the connection had dropped (the store
    /// restarted): the connection manager reconnects after the first failure.
    async fn run<T, F, Fut>(&self, op: F) -> Result<T, String>
    where
        F: Fn(ConnectionManager) -> Fut,
        Fut: std::future::Future<Output = redis::RedisResult<T>>,
    {
        match op(self.redis.clone()).await {
            Err(e) if e.is_io_error() || e.is_connection_dropped() || e.is_connection_refusal() => {
                op(self.redis.clone()).await.map_err(|e| self.failed(e))
            }
            other => other.map_err(|e| self.failed(e)),
        }
    }

    /// The header of a session (`kind` "session") or snapshot ("snapshot").
    pub async fn header(&self, kind: &str, id: &str) -> Result<Option<Header>, String> {
        let key = self.key(kind, id);
        let raw: Option<String> = self
            .run(|mut r| {
                let key = key.clone();
                async move { r.get(key).await }
            })
            .await?;
        match raw {
            None => Ok(None),
            Some(text) => serde_json::from_str(&text).map(Some).map_err(|e| format!("a corrupt {kind} header: {e}")),
        }
    }

    pub async fn blob(&self, hash: &str) -> Result<Vec<u8>, String> {
        let key = self.key("blob", hash);
        let bytes: Option<Vec<u8>> = self
            .run(|mut r| {
                let key = key.clone();
                async move { r.get(key).await }
            })
            .await?;
        bytes.ok_or_else(|| "its state has expired from the session store".to_string())
    }

    /// Writes `bytes` (unless the store has them) and switches `id` from
    /// `from` to a header pointing at them. `Ok(false)`: someone else
    /// switched it first, nothing changed.
    pub async fn save(
        &self,
        kind: &str,
        id: &str,
        from: Option<&Header>,
        owner: &str,
        limits: &serde_json::Value,
        bytes: &[u8],
    ) -> Result<Option<Header>, String> {
        let blob = blake3::hash(bytes).to_hex().to_string();
        self.set_bytes(self.key("blob", &blob), bytes).await?;
        let header = Header { owner: owner.to_string(), blob, limits: limits.clone() };
        let swapped = self.swap(kind, id, from, &header).await?;
        Ok(swapped.then_some(header))
    }

    /// Points `id` at the header `to` if it still holds `from`.
    pub async fn swap(&self, kind: &str, id: &str, from: Option<&Header>, to: &Header) -> Result<bool, String> {
        let old = from.map(|h| serde_json::to_string(h).unwrap_or_default()).unwrap_or_default();
        let new = serde_json::to_string(to).map_err(|e| e.to_string())?;
        let script = redis::Script::new(SWAP);
        let (key, ttl) = (self.key(kind, id), self.ttl_ms());
        let done: i32 = self
            .run(|mut r| {
                let mut invocation = script.key(&key);
                invocation.arg(&old).arg(&new).arg(ttl);
                async move { invocation.invoke_async(&mut r).await }
            })
            .await?;
        if done == 1 {
            // The blob lives as long as the newest header pointing at it.
            let _: Result<(), _> = self.redis.clone().pexpire(self.key("blob", &to.blob), self.ttl_ms() as i64).await;
        }
        Ok(done == 1)
    }

    pub async fn delete(&self, kind: &str, id: &str) -> Result<(), String> {
        let key = self.key(kind, id);
        self.run(|mut r| {
            let key = key.clone();
            async move { r.del(key).await }
        })
        .await
    }

    async fn get_text(&self, key: String) -> Result<Option<String>, String> {
        self.run(|mut r| {
            let key = key.clone();
            async move { r.get(key).await }
        })
        .await
    }

    async fn set_text(&self, key: String, value: String) -> Result<(), String> {
        self.set_bytes(key, value.as_bytes()).await
    }

    /// Sets `key`, expiring after the idle timeout.
    async fn set_bytes(&self, key: String, value: &[u8]) -> Result<(), String> {
        let ttl = self.ttl_ms();
        self.run(|mut r| {
            let key = key.clone();
            let options = redis::SetOptions::default().with_expiration(redis::SetExpiry::PX(ttl));
            async move { r.set_options::<_, _, ()>(key, value, options).await }
        })
        .await
    }
}

/// The streamable-HTTP transport's sessions (the client's `initialize`), so
/// a request may land on any replica.
pub struct TransportSessions(pub Store);

type StoreError = rmcp::transport::streamable_http_server::session::SessionStoreError;
use rmcp::transport::streamable_http_server::session::SessionState;

#[async_trait::async_trait]
impl rmcp::transport::streamable_http_server::session::SessionStore for TransportSessions {
    async fn load(&self, session_id: &str) -> Result<Option<SessionState>, StoreError> {
        match self.0.get_text(self.0.key("mcp", session_id)).await? {
            None => Ok(None),
            Some(text) => Ok(Some(serde_json::from_str(&text)?)),
        }
    }

    async fn store(&self, session_id: &str, state: &SessionState) -> Result<(), StoreError> {
        Ok(self.0.set_text(self.0.key("mcp", session_id), serde_json::to_string(state)?).await?)
    }

    async fn delete(&self, session_id: &str) -> Result<(), StoreError> {
        Ok(self.0.delete("mcp", session_id).await?)
    }
}
