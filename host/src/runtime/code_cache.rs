//! An on-disk cache of the compiled interpreter, so that a short-lived
//! process (the CLI) deserializes machine code instead of compiling the
//! component again (hundreds of milliseconds).
//!
//! Entries are named by the component's hash and the engine's compatibility
//! hash (wasmtime version and every setting that affects code), and carry a
//! BLAKE3 digest of their payload that is checked before the bytes reach
//! `Component::deserialize`: a truncated or tampered file is recompiled and
//! replaced, never loaded.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use wasmtime::component::Component;
use wasmtime::Engine;

const DIGEST_LEN: usize = blake3::OUT_LEN;

/// The compiled component: from the cache in `dir` when a valid entry
/// exists, otherwise compiled (and stored there, best effort). Without a
/// directory nothing touches the disk.
pub(crate) fn load_or_compile(engine: &Engine, wasm: &[u8], dir: Option<&Path>) -> wasmtime::Result<Component> {
    let Some(dir) = dir else { return Component::new(engine, wasm) };
    let path = entry_path(dir, engine, wasm);
    if let Some(component) = load(engine, &path) {
        return Ok(component);
    }
    let component = Component::new(engine, wasm)?;
    // A cache that cannot be written only costs speed.
    let _ = component.serialize().map(|bytes| store(&path, &bytes));
    Ok(component)
}

fn entry_path(dir: &Path, engine: &Engine, wasm: &[u8]) -> PathBuf {
    let mut h = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut h);
    let component = blake3::hash(wasm).to_hex();
    dir.join(format!("interpreter-{}-{:016x}.cwasm", &component[..32], h.finish()))
}

fn load(engine: &Engine, path: &Path) -> Option<Component> {
    let file = std::fs::read(path).ok()?;
    if file.len() < DIGEST_LEN {
        return None;
    }
    let (digest, payload) = file.split_at(DIGEST_LEN);
    if blake3::hash(payload) != <[u8; DIGEST_LEN]>::try_from(digest).ok()? {
        return None;
    }
    // SAFETY: the payload is exactly what `Component::serialize` wrote for an
    // engine with the same compatibility hash (the digest proves the bytes
    // are unchanged), which is the contract `deserialize` requires.
    unsafe { Component::deserialize(engine, payload) }.ok()
}

/// Writes the entry under a temporary name and renames it into place, so a
/// concurrent reader sees either no entry or a whole one.
fn store(path: &Path, payload: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(blake3::hash(payload).as_bytes())?;
    tmp.write_all(payload)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
