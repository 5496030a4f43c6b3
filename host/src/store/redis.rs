//! The Redis backend: a blob is `mpsandbox:blob:<hash>`, a header
//! `mpsandbox:<name>` holding its JSON text (which is also its revision);
//! the compare-and-swap is a Lua script, so it is one atomic step on the
//! server. Every entry expires `ttl` after its last write.

use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::AsyncCommands;

use super::StoreError;

pub(super) struct Redis {
    redis: ConnectionManager,
    ttl_ms: u64,
    url: String,
}

/// The prefix of every key, so the store can share a database.
const PREFIX: &str = "mpsandbox";

/// Sets KEYS[1] to ARGV[2] (expiring in ARGV[3] ms) only if it holds ARGV[1]
/// ('' meaning absent).
const SWAP: &str = r"
local current = redis.call('GET', KEYS[1])
if (current == false and ARGV[1] == '') or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0";

impl Redis {
    /// Fails at once, with the reason, when the server cannot be reached.
    pub(super) async fn connect(url: &str, ttl: Duration) -> Result<Redis, StoreError> {
        let unavailable = |reason: String| StoreError::Unavailable { url: url.to_string(), reason };
        let client =
            redis::Client::open(url).map_err(|e| StoreError::BadUrl { url: url.to_string(), reason: e.to_string() })?;
        let config = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(5)))
            .set_response_timeout(Some(Duration::from_secs(5)))
            .set_number_of_retries(1);
        let redis = tokio::time::timeout(Duration::from_secs(10), ConnectionManager::new_with_config(client, config))
            .await
            .map_err(|_| unavailable("no answer within 10s".into()))?
            .map_err(|e| unavailable(e.to_string()))?;
        // Redis takes expiry times as a signed 64-bit count of milliseconds.
        let ttl_ms = super::ttl_ms(ttl).min(i64::MAX as u64);
        Ok(Redis { redis, ttl_ms, url: url.to_string() })
    }

    fn failed(&self, e: redis::RedisError) -> StoreError {
        StoreError::Unavailable { url: self.url.clone(), reason: e.to_string() }
    }

    /// Runs `op`, once more when the connection had dropped (the store
    /// restarted): the connection manager reconnects after the first failure.
    async fn run<T, F, Fut>(&self, op: F) -> Result<T, StoreError>
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

    async fn get(&self, key: String) -> Result<Option<Vec<u8>>, StoreError> {
        self.run(|mut r| {
            let key = key.clone();
            async move { r.get(key).await }
        })
        .await
    }

    pub(super) async fn put_blob(&self, hash: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let (key, ttl) = (format!("{PREFIX}:blob:{hash}"), self.ttl_ms);
        self.run(|mut r| {
            let key = key.clone();
            let options = redis::SetOptions::default().with_expiration(redis::SetExpiry::PX(ttl));
            async move { r.set_options::<_, _, ()>(key, bytes, options).await }
        })
        .await
    }

    pub(super) async fn get_blob(&self, hash: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.get(format!("{PREFIX}:blob:{hash}")).await
    }

    /// The header's text, which is its revision too.
    pub(super) async fn get_header(&self, name: &str) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let Some(bytes) = self.get(format!("{PREFIX}:{name}")).await? else { return Ok(None) };
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Some((text.clone(), text.into_bytes()))),
            Err(_) => Err(StoreError::Corrupt { name: name.to_string(), reason: "not UTF-8 text".into() }),
        }
    }

    /// `Some(new revision)`, or `None` when `name` did not hold `expected`.
    pub(super) async fn swap(
        &self,
        name: &str,
        expected: Option<&str>,
        text: &str,
        blob: Option<&str>,
    ) -> Result<Option<String>, StoreError> {
        let script = redis::Script::new(SWAP);
        let (key, ttl) = (format!("{PREFIX}:{name}"), self.ttl_ms);
        let done: i32 = self
            .run(|mut r| {
                let mut invocation = script.key(&key);
                invocation.arg(expected.unwrap_or_default()).arg(text).arg(ttl);
                async move { invocation.invoke_async(&mut r).await }
            })
            .await?;
        if done != 1 {
            return Ok(None);
        }
        if let Some(hash) = blob {
            // The blob lives as long as the newest header pointing at it.
            let _: Result<(), _> = self.redis.clone().pexpire(format!("{PREFIX}:blob:{hash}"), ttl as i64).await;
        }
        Ok(Some(text.to_string()))
    }

    pub(super) async fn delete(&self, name: &str) -> Result<(), StoreError> {
        let key = format!("{PREFIX}:{name}");
        self.run(|mut r| {
            let key = key.clone();
            async move { r.del(key).await }
        })
        .await
    }
}
