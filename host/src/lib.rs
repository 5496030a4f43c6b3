//! mpsandbox: run untrusted Python in MicroPython compiled to a WebAssembly
//! component, with nothing but the capabilities the embedder grants.
//!
//! ```no_run
//! let out = mpsandbox::run("print(sum(range(10)))")?;
//! assert_eq!(out.stdout_text(), "45\n");
//!
//! let sandbox = mpsandbox::Sandbox::new()?;
//! let mut session = sandbox.session()?;
//! session.exec("x = 40")?;
//! assert_eq!(session.eval("x + 2")?.value.as_deref(), Some("42"));
//! # Ok::<(), mpsandbox::Error>(())
//! ```
//!
//! The pieces, from the bottom: a [`Runtime`] (engine and compiled
//! component, once per process or per configuration), a [`Sandbox`] (a
//! policy on a runtime: limits, directory grants, host functions), a
//! [`Session`] (one live interpreter under that policy) and a [`Snapshot`]
//! (a session's state as bytes).

mod bindings;
mod error;
mod grants;
mod host_fn;
mod instance;
mod interrupt;
mod limits;
mod outcome;
mod output;
mod pause;
mod policy;
mod run;
mod runtime;
mod sandbox;
mod session;
mod snapshot;
mod state;
#[cfg(any(feature = "store-redis", feature = "store-s3"))]
pub mod store;
#[cfg(feature = "mcp")]
mod tools;

pub use bindings::Identity;
pub use error::{decode_source, ConfigError, Error, ErrorKind, LimitKind, PythonException, PythonSyntaxError};
pub use grants::{DirAccess, DirGrant};
#[cfg(feature = "http")]
pub use host_fn::fetch::HttpPolicy;
pub use host_fn::{HostArgs, HostCall, HostCallError, PauseStyle, MAX_HOST_VALUE_DEPTH};
pub use interrupt::InterruptHandle;
pub use limits::{
    Limits, DEFAULT_HOST_CALLS, DEFAULT_HOST_VALUE, DEFAULT_MAX_OUTPUT, DEFAULT_MEMORY, DEFAULT_PAUSES,
    DEFAULT_TIMEOUT, MAX_HOST_VALUE,
};
pub use outcome::{schema as outcome_schema, ErrorReport, Outcome, PausedCall, StatsReport};
pub use output::{Output, OutputMode, Stats};
pub use pause::{Pending, Progress};
pub use runtime::{
    default_code_cache_dir, Runtime, RuntimeBuilder, COMPONENT, DEFAULT_INSTANCE_POOL, DEFAULT_MAX_WASM_STACK,
};
pub use sandbox::{run, Sandbox, SandboxBuilder};
pub use session::Session;
pub use snapshot::Snapshot;
#[cfg(feature = "mcp")]
pub use tools::{McpServer, McpTools, McpToolsBuilder, ToolInfo};

/// The README's and the library guide's Rust examples, compiled (and, unless
/// marked `no_run`, run) as doctests so the documentation cannot drift from
/// the API.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

#[cfg(doctest)]
#[doc = include_str!("../../docs/library.md")]
pub struct LibraryGuideDoctests;
