//! The MCP server's live sessions and snapshots: ids, idle expiry, and a cap
//! on how many exist. Each session's calls take turns on its own lock;
//! different sessions run in parallel on blocking threads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use mpsandbox::{Limits, Session, Snapshot};

use super::auth::Principal;

/// One live interpreter and the limits it was created with.
pub struct Slot {
    pub session: Mutex<Session>,
    pub limits: Limits,
    last_used: Mutex<Instant>,
    /// Who created it: no other principal can reach it.
    owner: Principal,
    /// With a shared store: the stored state this interpreter holds.
    pub version: Mutex<String>,
}

impl Slot {
    fn new(owner: &Principal, session: Session, limits: Limits, version: String) -> Slot {
        Slot {
            session: Mutex::new(session),
            limits,
            last_used: Mutex::new(Instant::now()),
            owner: owner.clone(),
            version: Mutex::new(version),
        }
    }

    /// The session, for one call; the slot counts as used from now.
    pub fn lock(&self) -> MutexGuard<'_, Session> {
        let guard = self.session.lock().unwrap_or_else(|e| e.into_inner());
        self.touch();
        guard
    }

    fn touch(&self) {
        *self.last_used.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
    }

    /// Idle for longer than `idle`, and no call running.
    fn expired(&self, idle: Duration) -> bool {
        let last = *self.last_used.lock().unwrap_or_else(|e| e.into_inner());
        last.elapsed() > idle && self.session.try_lock().is_ok()
    }
}

struct Stored {
    owner: Principal,
    snapshot: Snapshot,
    /// The captured session's, for its forks.
    limits: Limits,
    last_used: Instant,
}

pub struct Registry {
    max: usize,
    idle: Duration,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    sessions: HashMap<String, Arc<Slot>>,
    snapshots: HashMap<String, Stored>,
}

impl Registry {
    pub fn new(max: usize, idle: Duration) -> Registry {
        Registry { max, idle, state: Mutex::default() }
    }

    pub fn max(&self) -> usize {
        self.max
    }

    pub fn idle(&self) -> Duration {
        self.idle
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Drops sessions and snapshots idle past the expiry; returns how many.
    pub fn sweep(&self) -> usize {
        let idle = self.idle;
        let mut state = self.state();
        let expired: Vec<String> =
            state.sessions.iter().filter(|(_, s)| s.expired(idle)).map(|(id, _)| id.clone()).collect();
        let freed: Vec<Arc<Slot>> = expired.iter().filter_map(|id| state.sessions.remove(id)).collect();
        let snapshots = state.snapshots.len();
        state.snapshots.retain(|_, s| s.last_used.elapsed() <= idle);
        let removed = freed.len() + snapshots - state.snapshots.len();
        drop(state);
        // Instances are freed outside the registry's lock.
        drop(freed);
        removed
    }

    /// Stores `session` under a new id, unless the cap is reached.
    pub fn insert(&self, owner: &Principal, session: Session, limits: Limits) -> Result<String, String> {
        self.sweep();
        let mut state = self.state();
        if state.sessions.len() >= self.max {
            return Err(format!(
                "{} sessions are live, the most this server keeps; close one with session_close",
                self.max
            ));
        }
        let id = new_id("s");
        state.sessions.insert(id.clone(), Arc::new(Slot::new(owner, session, limits, String::new())));
        Ok(id)
    }

    /// With a shared store, live sessions are a cache of it: `owner`'s
    /// session `id` if this replica holds the stored `version`.
    pub fn cached(&self, owner: &Principal, id: &str, version: &str) -> Option<Arc<Slot>> {
        let slot = self.get(owner, id).ok()?;
        let current = *slot.version.lock().unwrap_or_else(|e| e.into_inner()) == version;
        current.then_some(slot)
    }

    /// Caches a session restored or made from the store, making room by
    /// dropping the least recently used one (the store keeps it).
    pub fn cache(&self, owner: &Principal, id: &str, session: Session, limits: Limits, version: String) -> Arc<Slot> {
        let slot = Arc::new(Slot::new(owner, session, limits, version));
        let mut state = self.state();
        let evicted = if state.sessions.len() >= self.max && !state.sessions.contains_key(id) {
            let oldest = state
                .sessions
                .iter()
                .min_by_key(|(_, s)| *s.last_used.lock().unwrap_or_else(|e| e.into_inner()))
                .map(|(k, _)| k.clone());
            oldest.and_then(|k| state.sessions.remove(&k))
        } else {
            None
        };
        let replaced = state.sessions.insert(id.to_string(), slot.clone());
        drop(state);
        drop((evicted, replaced));
        slot
    }

    /// Forgets this replica's copy (the store has the truth).
    pub fn evict(&self, id: &str) {
        let slot = self.state().sessions.remove(id);
        drop(slot);
    }

    /// `owner`'s session `id`; another principal's reads as unknown.
    pub fn get(&self, owner: &Principal, id: &str) -> Result<Arc<Slot>, String> {
        let state = self.state();
        let slot = state.sessions.get(id).filter(|s| &s.owner == owner);
        slot.cloned().ok_or_else(|| unknown("session", id, self.idle))
    }

    pub fn remove(&self, owner: &Principal, id: &str) -> Result<(), String> {
        let mut state = self.state();
        if !state.sessions.get(id).is_some_and(|s| &s.owner == owner) {
            return Err(unknown("session", id, self.idle));
        }
        let slot = state.sessions.remove(id);
        drop(state);
        drop(slot);
        Ok(())
    }

    pub fn store_snapshot(&self, owner: &Principal, snapshot: Snapshot, limits: Limits) -> Result<String, String> {
        self.sweep();
        let mut state = self.state();
        if state.snapshots.len() >= self.max {
            return Err(format!("{} snapshots are kept, the most this server keeps; they expire when idle", self.max));
        }
        let id = new_id("snap");
        state
            .snapshots
            .insert(id.clone(), Stored { owner: owner.clone(), snapshot, limits, last_used: Instant::now() });
        Ok(id)
    }

    /// A stored snapshot and the limits of the session it was taken from.
    pub fn snapshot(&self, owner: &Principal, id: &str) -> Result<(Snapshot, Limits), String> {
        let mut state = self.state();
        let stored = state.snapshots.get_mut(id).filter(|s| &s.owner == owner);
        let stored = stored.ok_or_else(|| unknown("snapshot", id, self.idle))?;
        stored.last_used = Instant::now();
        Ok((stored.snapshot.clone(), stored.limits))
    }

    pub fn live(&self) -> (usize, usize) {
        let state = self.state();
        (state.sessions.len(), state.snapshots.len())
    }
}

/// Unguessable: a session id is the only key to its state.
pub fn new_id(prefix: &str) -> String {
    format!("{prefix}-{}", uuid::Uuid::new_v4().simple())
}

pub fn unknown(what: &str, id: &str, idle: Duration) -> String {
    format!("no {what} '{id}': it was closed, never existed, or expired after {}s idle", idle.as_secs())
}
