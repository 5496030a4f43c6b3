//! What can go wrong with a snapshot store, typed so a caller can tell "try
//! again later" (the store is down) from "someone else won" (a conflict)
//! from "the state is gone" (expired), each with what to do about it.

/// An error of [`super::SnapshotStore`]. Whatever the error, nothing a
/// caller could observe was half-changed: a failed [`super::SnapshotStore::swap`]
/// left the header as it was.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The URL names no store this build can use.
    #[error("snapshot store URL {url}: {reason}")]
    BadUrl { url: String, reason: String },
    /// The store did not answer, or answered with an error that is not about
    /// the request (down, unreachable, refused the credentials). Nothing was
    /// changed; the same call may be retried once the store is back.
    #[error("the snapshot store ({url}) is unavailable: {reason}; check that it runs and is reachable, then retry")]
    Unavailable { url: String, reason: String },
    /// A compare-and-swap lost: `name` no longer holds the revision the
    /// caller read (or, when creating, it exists already). Nothing changed;
    /// read it again and decide.
    #[error("{name} was changed by someone else since it was read (nothing was written over it); read it again")]
    Conflict { name: String },
    /// A header points at an image the store no longer has (it expired, or a
    /// bucket lifecycle rule removed it).
    #[error("the state of {name} has expired from the snapshot store; start again from a newer snapshot")]
    Expired { name: String },
    /// What the store holds under `name` is not a header this library wrote.
    #[error("{name} in the snapshot store is corrupt ({reason}); delete it")]
    Corrupt { name: String, reason: String },
    /// A header name the store cannot hold.
    #[error("bad header name {name:?}: {reason}")]
    BadName { name: String, reason: String },
}
