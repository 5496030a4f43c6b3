//! An on-disk cache of the compiled interpreter, so that a short-lived
//! process (the CLI) maps machine code instead of compiling the component
//! again (hundreds of milliseconds).
//!
//! Entries are named by the component's hash and the engine's compatibility
//! hash (wasmtime version and every setting that affects code). Each entry
//! `X.cwasm` is exactly what `Component::serialize` wrote, so it can be
//! mapped (`deserialize_file`) rather than read and copied; beside it,
//! `X.check` holds the payload's BLAKE3 and the identity (length, inode,
//! modification time) the file had when that digest was last verified. A
//! file whose identity still matches is mapped without hashing; any other
//! (touched, copied, replaced, truncated) is hashed first, and one that does
//! not match its digest is recompiled and replaced, never loaded.

use std::fs::Metadata;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use wasmtime::component::Component;
use wasmtime::Engine;

/// Where a program's runtime keeps compiled code unless told otherwise:
/// `$MPSANDBOX_CACHE_DIR` (set but empty: no cache), else
/// `$XDG_CACHE_HOME/mpsandbox`, else `~/.cache/mpsandbox`. The CLI and the
/// Python package use it, so one compilation serves both.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("MPSANDBOX_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    let base = match std::env::var_os("XDG_CACHE_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache"),
    };
    Some(base.join("mpsandbox"))
}

/// The compiled component: from the cache in `dir` when a valid entry
/// exists, otherwise compiled (and stored there, best effort). Without a
/// directory nothing touches the disk. `digest` is the component's BLAKE3.
pub(crate) fn load_or_compile(
    engine: &Engine,
    wasm: &[u8],
    digest: &[u8; blake3::OUT_LEN],
    dir: Option<&Path>,
) -> wasmtime::Result<Component> {
    let Some(dir) = dir else { return Component::new(engine, wasm) };
    let entry = entry_path(dir, engine, digest);
    if let Some(component) = load(engine, &entry) {
        return Ok(component);
    }
    let component = Component::new(engine, wasm)?;
    // A cache that cannot be written only costs speed.
    let _ = component.serialize().map(|bytes| store(&entry, &bytes));
    Ok(component)
}

fn entry_path(dir: &Path, engine: &Engine, digest: &[u8; blake3::OUT_LEN]) -> PathBuf {
    let mut h = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    let component = blake3::Hash::from(*digest).to_hex();
    dir.join(format!("interpreter-{}-{:016x}.cwasm", &component[..32], h.finish()))
}

fn check_path(entry: &Path) -> PathBuf {
    entry.with_extension("check")
}

/// What identifies the file's current contents without reading them.
fn identity(meta: &Metadata) -> String {
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(meta);
    #[cfg(not(unix))]
    let inode = 0u64;
    let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    format!("{} {} {}", meta.len(), inode, modified.map_or(0, |d| d.as_nanos()))
}

fn load(engine: &Engine, entry: &Path) -> Option<Component> {
    let now = identity(&std::fs::metadata(entry).ok()?);
    let check = check_path(entry);
    let record = std::fs::read_to_string(&check).ok()?;
    let (digest, verified_as) = record.split_once('\n')?;
    if verified_as != now {
        let payload = std::fs::read(entry).ok()?;
        if blake3::hash(&payload).to_hex().as_str() != digest {
            return None;
        }
        let _ = write_atomically(&check, format!("{digest}\n{now}").as_bytes());
    }
    // SAFETY: the file holds exactly what `Component::serialize` wrote for an
    // engine with the same compatibility hash: its digest was checked, and
    // its identity has not changed since (an entry is only ever replaced by
    // rename, which changes the inode). That is `deserialize_file`'s contract.
    unsafe { Component::deserialize_file(engine, entry) }.ok()
}

fn store(entry: &Path, payload: &[u8]) -> std::io::Result<()> {
    write_atomically(entry, payload)?;
    let meta = std::fs::metadata(entry)?;
    write_atomically(&check_path(entry), format!("{}\n{}", blake3::hash(payload).to_hex(), identity(&meta)).as_bytes())
}

/// Writes under a temporary name and renames into place, so a concurrent
/// reader sees either the old file or the whole new one.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
