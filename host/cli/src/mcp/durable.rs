//! Sessions kept in a shared store (`--session-store`), so that any replica
//! serves any session: a call finds the session's current state in the
//! store, runs on this replica's copy when it holds that state (or restores
//! it), and writes the state it leaves before answering.

use std::sync::Arc;

use mpsandbox::{Error, ErrorKind, Limits, Session};
use rmcp::model::CallToolResult;
use serde_json::Value;

use super::auth::Principal;
use super::sessions::{new_id, unknown, Slot};
use super::store::{Header, Store};
use super::tools::{blocking, limits_json, outcome, refused, SandboxServer, Tighter, ToolResult};

/// A refusal, or what a handler answers instead of going on.
type Step<T> = Result<T, CallToolResult>;

impl SandboxServer {
    pub(super) fn store(&self) -> Option<&Store> {
        self.inner().store.as_ref()
    }

    /// `owner`'s stored session `id`, on this replica (restored from the
    /// store unless this replica holds its current state), and its header.
    pub(super) async fn stored_session(&self, store: &Store, owner: &Principal, id: &str) -> Step<(Arc<Slot>, Header)> {
        let header = self.header(store, "session", owner, id).await?;
        if let Some(slot) = self.registry().cached(owner, id, &header.blob) {
            return Ok((slot, header));
        }
        let (session, limits) = self.restore(store, &header).await?;
        let slot = self.registry().cache(owner, id, session, limits, header.blob.clone());
        Ok((slot, header))
    }

    /// The header of `owner`'s session or snapshot `id`; another owner's
    /// reads as unknown.
    pub(super) async fn header(&self, store: &Store, kind: &str, owner: &Principal, id: &str) -> Step<Header> {
        match store.header(kind, id).await {
            Ok(Some(h)) if h.owner == owner.0 => Ok(h),
            Ok(_) => {
                let closed = if kind == "session" { ErrorKind::SessionClosed } else { ErrorKind::Request };
                Err(refused(closed, unknown(kind, id, self.registry().idle())))
            }
            Err(why) => Err(refused(ErrorKind::Request, format!("{why}; nothing ran"))),
        }
    }

    /// A session from a stored state, checked against the snapshot key.
    async fn restore(&self, store: &Store, header: &Header) -> Step<(Session, Limits)> {
        let bytes = store.blob(header).await.map_err(|why| refused(ErrorKind::Request, why))?;
        let limits = self.limits_of(&header.limits);
        let sandbox = self.sandbox_with(limits).map_err(|e| outcome(&Err(e), false))?;
        let runtime = self.inner().runtime.clone();
        let made = blocking(move || {
            let snapshot = runtime.snapshot_from_bytes(&bytes)?;
            sandbox.restore(&snapshot)
        })
        .await
        .map_err(|e| refused(ErrorKind::Internal, e.message.to_string()))?;
        // A tampered or foreign image is refused by name (invalid_snapshot).
        made.map(|s| (s, limits)).map_err(|e| outcome(&Err(e), false))
    }

    fn limits_of(&self, stored: &Value) -> Limits {
        let tighter: Tighter = serde_json::from_value(stored.clone()).unwrap_or_default();
        tighter.apply(self.inner().sandbox.limits())
    }

    /// Writes the state `slot` holds now and switches `id` to it from
    /// `from`. When that fails nothing is switched, and this replica forgets
    /// its copy, so the session stays as stored.
    pub(super) async fn save_session(
        &self,
        store: &Store,
        id: &str,
        from: Option<&Header>,
        owner: &Principal,
        slot: &Arc<Slot>,
    ) -> Step<()> {
        let s = slot.clone();
        let captured = blocking(move || s.lock().snapshot().map(|snap| snap.to_bytes().to_vec())).await;
        let bytes = match captured {
            Ok(Ok(b)) => b,
            Ok(Err(e)) => return Err(self.unsaved(id, e.to_string())),
            Err(e) => return Err(self.unsaved(id, e.message.to_string())),
        };
        let limits = limits_json(slot.limits);
        match store.save("session", id, from, &owner.0, &limits, &bytes).await {
            Ok(Some(header)) => {
                *slot.version.lock().unwrap_or_else(|e| e.into_inner()) = header.blob;
                Ok(())
            }
            Ok(None) => Err(self.unsaved(id, "another call changed the session at the same time".into())),
            Err(why) => Err(self.unsaved(id, why)),
        }
    }

    fn unsaved(&self, id: &str, why: String) -> CallToolResult {
        self.registry().evict(id);
        refused(
            ErrorKind::Request,
            format!("the call's new state was not saved ({why}); the session is as it was before the call"),
        )
    }

    /// A new stored session holding `session`.
    pub(super) async fn store_new_session(
        &self,
        store: &Store,
        owner: &Principal,
        made: Result<Session, Error>,
        limits: Limits,
    ) -> ToolResult {
        let session = match made {
            Ok(s) => s,
            Err(e) => return Ok(outcome(&Err(e), false)),
        };
        let id = new_id("s");
        let slot = self.registry().cache(owner, &id, session, limits, String::new());
        Ok(match self.save_session(store, &id, None, owner, &slot).await {
            Ok(()) => super::tools::session_reply(&id, limits),
            Err(refusal) => refusal,
        })
    }

    /// A snapshot id for the state `owner`'s session holds now: the stored
    /// image itself, nothing copied.
    pub(super) async fn store_snapshot(&self, store: &Store, owner: &Principal, session_id: &str) -> ToolResult {
        let header = match self.header(store, "session", owner, session_id).await {
            Ok(h) => h,
            Err(refusal) => return Ok(refusal),
        };
        let id = new_id("snap");
        Ok(match store.create("snapshot", &id, &header).await {
            Ok(_) => super::tools::answer(serde_json::json!({"ok": true, "snapshot_id": id})),
            Err(why) => refused(ErrorKind::Request, why),
        })
    }

    /// A new session continuing from `owner`'s stored snapshot.
    pub(super) async fn fork_stored(&self, store: &Store, owner: &Principal, snapshot_id: &str) -> ToolResult {
        let header = match self.header(store, "snapshot", owner, snapshot_id).await {
            Ok(h) => h,
            Err(refusal) => return Ok(refusal),
        };
        let (session, limits) = match self.restore(store, &header).await {
            Ok(x) => x,
            Err(refusal) => return Ok(refusal),
        };
        let id = new_id("s");
        let slot = self.registry().cache(owner, &id, session, limits, header.blob.clone());
        // The fork starts as the snapshot's image: point at it.
        Ok(match store.create("session", &id, &header).await {
            Ok(_) => super::tools::session_reply(&id, limits),
            Err(why) => {
                drop(slot);
                self.registry().evict(&id);
                refused(ErrorKind::Request, why)
            }
        })
    }
}
