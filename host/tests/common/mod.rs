//! Helpers the library's tests share; the CLI's tests reuse them by path.
// Each test binary uses a part of these.
#![allow(dead_code, unused_imports)]

pub mod conformance;
pub mod tree;

pub use conformance::repo_root;
pub use tree::snapshot;
