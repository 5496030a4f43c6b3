//! A shared store for session snapshots (features `store-redis`,
//! `store-s3`), so that a session can continue in another process or on
//! another machine: the MCP server's replicas (`mpsandbox mcp
//! --session-store URL`) keep every session here, and a library user can do
//! the same with [`SnapshotStore::save`] and [`SnapshotStore::load`].
//!
//! Two kinds of entries:
//! - **blobs**: snapshot images, named by the BLAKE3 of their bytes
//!   ([`BlobId`]), written whole and never changed, so a half-written one
//!   is never named by anything;
//! - **headers**: small JSON documents under a name you choose
//!   (`"session:42"`), pointing at a blob and carrying what the caller keeps
//!   beside it ([`Header::meta`]). A header only changes by
//!   compare-and-swap ([`SnapshotStore::swap`]) against the [`Revision`]
//!   the caller read, so a new state is written (blob first) before anything
//!   points at it, and of two writers racing on one name exactly one wins;
//!   the other gets [`StoreError::Conflict`] and nothing of its write is
//!   visible.
//!
//! The store does not check what it hands back: anyone who can write to it
//! can write a header too, so only a signature proves an image is yours.
//! Restore with a runtime that has a snapshot key
//! ([`crate::RuntimeBuilder::snapshot_key`]): [`crate::Runtime::snapshot_from_bytes`]
//! refuses a tampered or foreign image with [`crate::Error::InvalidSnapshot`].
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use mpsandbox::store::{SnapshotStore, StoreError};
//! use mpsandbox::{Runtime, Sandbox};
//!
//! let runtime = Runtime::builder().snapshot_key(std::fs::read("/etc/mpsandbox/key")?).build()?;
//! let sandbox = Sandbox::builder().runtime(&runtime).build()?;
//! // The store is async; a session is not (it blocks on a runtime of its
//! // own), so session calls stay outside async tasks, as here.
//! let io = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
//! let store = io.block_on(SnapshotStore::connect("redis://127.0.0.1:6379/0", Duration::from_secs(3600)))?;
//!
//! let mut session = sandbox.session()?;
//! session.exec("total = 41")?;
//! io.block_on(store.save("job:7", &session.snapshot()?, None))?;
//!
//! // Later, in any process with the same key:
//! if let Some((read, bytes)) = io.block_on(store.load("job:7"))? {
//!     let mut session = sandbox.restore(&runtime.snapshot_from_bytes(&bytes)?)?;
//!     session.exec("total += 1")?;
//!     match io.block_on(store.save("job:7", &session.snapshot()?, Some(&read))) {
//!         Ok(_) => {}
//!         // Another process saved job:7 since we read it: ours is not stored.
//!         Err(StoreError::Conflict { .. }) => {}
//!         Err(e) => return Err(e.into()),
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! URLs: `redis://HOST:PORT/DB`, and
//! `s3://BUCKET/PREFIX?endpoint=http://127.0.0.1:9000&region=us-east-1`
//! (credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and
//! `AWS_SESSION_TOKEN`; without `endpoint`, AWS itself). Expiry: in Redis
//! every entry expires `ttl` after its last write. S3 has no per-object
//! expiry, so a header older than `ttl` reads as absent (the store checks
//! the time it wrote beside it), and reclaiming space is a bucket lifecycle
//! rule's job (docs/library.md gives one); nothing here depends on it.

mod error;
#[cfg(feature = "store-redis")]
mod redis;
#[cfg(feature = "store-s3")]
mod s3;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use error::StoreError;

use crate::Snapshot;

/// The version of a header a caller read, to swap against
/// ([`SnapshotStore::swap`]). Opaque: what the store compares (Redis: the
/// header's stored text; S3: its ETag).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Revision(String);

/// A blob's name: the BLAKE3 hash of its bytes, in hex. Equal states share
/// one blob, and a blob's name can never point at other bytes by mistake.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BlobId(String);

impl BlobId {
    /// The name `bytes` are stored under.
    pub fn of(bytes: &[u8]) -> BlobId {
        BlobId(blake3::hash(bytes).to_hex().to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A name read from a header is used in a key: it must be a hash, not a
    /// path or a pattern.
    fn checked(&self, header: &str) -> Result<&str, StoreError> {
        if self.0.len() == 64 && self.0.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(&self.0)
        } else {
            Err(StoreError::Corrupt { name: header.to_string(), reason: format!("bad blob name {:?}", self.0) })
        }
    }
}

impl fmt::Display for BlobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a name points at: a blob, if any, and the caller's own fields
/// (stored flat beside `blob` in one JSON object).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Header {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<BlobId>,
    #[serde(flatten)]
    pub meta: Map<String, Value>,
}

enum Backend {
    #[cfg(feature = "store-redis")]
    Redis(redis::Redis),
    #[cfg(feature = "store-s3")]
    S3(s3::S3),
}

/// Runs the same operation on whichever backend the store has.
macro_rules! on_backend {
    ($store:expr, $b:ident => $op:expr) => {
        match &*$store.backend {
            #[cfg(feature = "store-redis")]
            Backend::Redis($b) => $op,
            #[cfg(feature = "store-s3")]
            Backend::S3($b) => $op,
        }
    };
}

/// A connection to a Redis or S3 snapshot store (see the [module
/// documentation](self)). Cheap to clone; clones share the connection.
#[derive(Clone)]
pub struct SnapshotStore {
    backend: Arc<Backend>,
    url: String,
}

impl fmt::Debug for SnapshotStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SnapshotStore").field("url", &self.url).finish()
    }
}

impl SnapshotStore {
    /// Connects to `url` and checks that the store answers (an S3 bucket
    /// must exist), so a wrong URL fails here rather than at the first
    /// save. Entries expire `ttl` after their last write (at least one
    /// second; `Duration::MAX` for never).
    pub async fn connect(url: &str, ttl: Duration) -> Result<SnapshotStore, StoreError> {
        let ttl = ttl.max(Duration::from_secs(1));
        let bad = |reason: &str| StoreError::BadUrl { url: url.to_string(), reason: reason.to_string() };
        let scheme = url.split_once("://").map(|(s, _)| s).ok_or_else(|| bad(USE))?;
        let backend = match scheme {
            #[cfg(feature = "store-redis")]
            "redis" | "rediss" => Backend::Redis(redis::Redis::connect(url, ttl).await?),
            #[cfg(not(feature = "store-redis"))]
            "redis" | "rediss" => return Err(bad("this build has no Redis support (cargo feature store-redis)")),
            #[cfg(feature = "store-s3")]
            "s3" => Backend::S3(s3::S3::connect(url, ttl).await?),
            #[cfg(not(feature = "store-s3"))]
            "s3" => return Err(bad("this build has no S3 support (cargo feature store-s3)")),
            _ => return Err(bad(USE)),
        };
        Ok(SnapshotStore { backend: Arc::new(backend), url: url.to_string() })
    }

    /// The URL it was connected with.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Stores `snapshot` and points `name` at it, if `name` still holds
    /// `expected` (`None`: only if `name` does not exist). The image is
    /// written first, so a process that dies in between leaves `name` as it
    /// was. Returns the new revision, to pass as `expected` next time.
    pub async fn save(
        &self,
        name: &str,
        snapshot: &Snapshot,
        expected: Option<&Revision>,
    ) -> Result<Revision, StoreError> {
        let blob = self.put_blob(snapshot.to_bytes()).await?;
        self.swap(name, expected, &Header { blob: Some(blob), meta: Map::new() }).await
    }

    /// The image `name` points at and the revision read, `None` when there
    /// is no such name (or it expired). Restore it with
    /// [`crate::Runtime::snapshot_from_bytes`], which checks the signature.
    pub async fn load(&self, name: &str) -> Result<Option<(Revision, Vec<u8>)>, StoreError> {
        let Some((revision, header)) = self.header(name).await? else { return Ok(None) };
        let Some(blob) = header.blob else {
            return Err(StoreError::Corrupt { name: name.to_string(), reason: "it names no snapshot".into() });
        };
        match self.blob(&blob).await {
            Ok(bytes) => Ok(Some((revision, bytes))),
            Err(StoreError::Expired { .. }) => Err(StoreError::Expired { name: name.to_string() }),
            Err(e) => Err(e),
        }
    }

    /// Writes `bytes` as a blob (once: equal bytes are one blob) and
    /// returns its name.
    pub async fn put_blob(&self, bytes: &[u8]) -> Result<BlobId, StoreError> {
        let id = BlobId::of(bytes);
        on_backend!(self, b => b.put_blob(id.as_str(), bytes).await)?;
        Ok(id)
    }

    /// The bytes of blob `id`; [`StoreError::Expired`] when the store no
    /// longer has them.
    pub async fn blob(&self, id: &BlobId) -> Result<Vec<u8>, StoreError> {
        let name = format!("blob {id}");
        let hash = id.checked(&name)?;
        on_backend!(self, b => b.get_blob(hash).await)?.ok_or(StoreError::Expired { name })
    }

    /// The header under `name` and its revision, `None` when there is none
    /// (or it expired).
    pub async fn header(&self, name: &str) -> Result<Option<(Revision, Header)>, StoreError> {
        check_name(name)?;
        let Some((revision, text)) = on_backend!(self, b => b.get_header(name).await)? else { return Ok(None) };
        let header = serde_json::from_slice(&text)
            .map_err(|e| StoreError::Corrupt { name: name.to_string(), reason: format!("not a header: {e}") })?;
        Ok(Some((Revision(revision), header)))
    }

    /// Points `name` at `header` if it still holds `expected` (`None`: only
    /// if it does not exist), and returns the new revision. A lost race is
    /// [`StoreError::Conflict`], with nothing changed. The blob `header`
    /// names (if any) must be stored already.
    pub async fn swap(&self, name: &str, expected: Option<&Revision>, header: &Header) -> Result<Revision, StoreError> {
        check_name(name)?;
        let blob = match &header.blob {
            Some(id) => Some(id.checked(name)?),
            None => None,
        };
        let text = serde_json::to_string(header).expect("a JSON object serializes");
        let expected = expected.map(|r| r.0.as_str());
        let swapped = on_backend!(self, b => b.swap(name, expected, &text, blob).await)?;
        swapped.map(Revision).ok_or_else(|| StoreError::Conflict { name: name.to_string() })
    }

    /// Removes the header `name` (its blob expires on its own, other
    /// headers may share it). Removing an absent name is not an error.
    pub async fn delete(&self, name: &str) -> Result<(), StoreError> {
        check_name(name)?;
        on_backend!(self, b => b.delete(name).await)
    }
}

const USE: &str = "use redis://HOST:PORT/DB or s3://BUCKET/PREFIX?endpoint=URL&region=REGION";

/// Header names become keys (Redis) and object paths (S3, `:` standing for
/// `/`): a few safe characters, and never a blob's place.
fn check_name(name: &str) -> Result<(), StoreError> {
    let bad = |reason: &str| Err(StoreError::BadName { name: name.to_string(), reason: reason.to_string() });
    if name.is_empty() || name.len() > 256 {
        return bad("it must have 1 to 256 characters");
    }
    if !name.bytes().all(|b| b.is_ascii_alphanumeric() || b"._:-".contains(&b)) {
        return bad("use only letters, digits, '.', '_', ':' and '-'");
    }
    if name == "blob" || name.starts_with("blob:") || name.split(':').any(str::is_empty) {
        return bad("'blob:' is reserved for images, and no part between ':' may be empty");
    }
    Ok(())
}

/// Milliseconds since the Unix epoch, saturating (for expiry times).
#[cfg(feature = "store-s3")]
fn now_ms() -> u64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
}

fn ttl_ms(ttl: Duration) -> u64 {
    u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX)
}
