//! Helpers the library's tests share; the CLI's tests reuse them by path.
// Each test binary uses a part of these.
#![allow(dead_code, unused_imports)]

pub mod conformance;
pub mod schema;
pub mod tree;

pub use conformance::repo_root;
pub use schema::{assert_outcome, parse_outcome};
pub use tree::snapshot;

/// The rows of `docs/errors.md`'s error table: (kind, class, exit status).
pub fn error_table() -> Vec<(String, String, u8)> {
    let text = std::fs::read_to_string(repo_root().join("docs/errors.md")).unwrap();
    let table = text.split("| kind | class | exit |").nth(1).expect("docs/errors.md has the error table");
    table
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(|c| c.trim().trim_matches('`')).collect();
            (cells[1].to_string(), cells[2].to_string(), cells[3].parse().unwrap())
        })
        .collect()
}
