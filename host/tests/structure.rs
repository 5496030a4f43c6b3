//! The library's module graph stays a graph without circles, and the public
//! session module holds only the session: checked from the `crate::` paths
//! in host/src, so a refactoring that brings a circle back fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Top-level library module -> the top-level modules its code names.
/// The CLI (`main.rs`, `cli/`) is a separate crate and `lib.rs` only
/// re-exports, so neither counts.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let top = rel.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_string();
        if matches!(top.as_str(), "cli" | "main" | "lib") {
            continue;
        }
        let deps = graph.entry(top.clone()).or_default();
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let name: String =
                    line[i + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if name != top && name.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
                    deps.insert(name);
                }
            }
        }
    }
    graph
}

/// A circle through `node`, if the graph has one reachable from it.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, node: &str, path: &mut Vec<String>) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|n| n == node) {
        let mut found = path[at..].to_vec();
        found.push(node.to_string());
        return Some(found);
    }
    path.push(node.to_string());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(found) = circle(graph, next, path) {
            return Some(found);
        }
    }
    path.pop();
    None
}

#[test]
fn library_modules_import_each_other_without_circles() {
    let graph = module_graph();
    assert!(graph.contains_key("session") && graph.contains_key("runtime"), "{graph:?}");
    for node in graph.keys() {
        if let Some(found) = circle(&graph, node, &mut Vec::new()) {
            panic!("import circle: {}", found.join(" -> "));
        }
    }
}

#[test]
fn session_module_holds_only_the_public_session() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/session.rs")).unwrap();
    let types: Vec<&str> = text
        .lines()
        .map(str::trim_start)
        .filter(|l| {
            ["struct ", "enum ", "pub struct ", "pub enum ", "pub(crate) struct ", "pub(crate) enum "]
                .iter()
                .any(|k| l.starts_with(k))
        })
        .collect();
    assert_eq!(types, ["pub struct Session {"]);
}
