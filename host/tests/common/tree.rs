//! What a directory tree holds, to prove a run left it unchanged.

use std::path::{Path, PathBuf};

/// Every entry under `dir` (relative path, contents), sorted: files with
/// their bytes, symlinks with their target, directories empty. Symlinks are
/// not followed, so a link pointing out of the tree is recorded, not walked.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = walk(dir)
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            let kind = std::fs::symlink_metadata(&p).unwrap().file_type();
            let body = if kind.is_symlink() {
                std::fs::read_link(&p).unwrap().into_os_string().into_encoded_bytes()
            } else if kind.is_file() {
                std::fs::read(&p).unwrap()
            } else {
                Vec::new()
            };
            (rel, body)
        })
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if std::fs::symlink_metadata(&p).unwrap().is_dir() {
            v.extend(walk(&p));
        }
        v.push(p);
    }
    v
}
