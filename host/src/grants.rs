//! Directory grants: which host directories the guest sees, where, and with
//! what access. The only way files reach a sandbox.

use std::path::PathBuf;

use wasmtime_wasi::{FsPerms, WasiCtxBuilder};

/// What guest code may do inside a granted directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DirAccess {
    /// Read files and list directories; every write fails with `OSError`.
    ReadOnly,
    /// Also create, write, rename and remove.
    ReadWrite,
}

/// A host directory visible to the guest at `guest_path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirGrant {
    pub host_path: PathBuf,
    pub guest_path: String,
    pub access: DirAccess,
}

impl DirGrant {
    /// Why the host side cannot be granted, found at build time rather
    /// than at every instantiation.
    pub(crate) fn check(&self) -> Result<(), String> {
        match std::fs::metadata(&self.host_path) {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => Err("not a directory".into()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err("no such directory".into()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// The permissions wasmtime-wasi enforces for this grant: read-only is
    /// the host's refusal, not a convention the guest could ignore.
    fn perms(&self) -> FsPerms {
        match self.access {
            DirAccess::ReadOnly => FsPerms::ReadOnly,
            DirAccess::ReadWrite => FsPerms::ReadWrite,
        }
    }
}

/// Adds every grant as a WASI preopen, in order (the first is the guest's
/// working directory). Fails with the grant that cannot be opened and why.
pub(crate) fn preopen<'a>(ctx: &mut WasiCtxBuilder, grants: &'a [DirGrant]) -> Result<(), (&'a DirGrant, String)> {
    for g in grants {
        ctx.preopened_dir(&g.host_path, &g.guest_path, g.perms()).map_err(|e| (g, format!("{e:#}")))?;
    }
    Ok(())
}
