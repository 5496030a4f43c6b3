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

mod bindings;
mod code_cache;
mod error;
mod fetch;
mod host_fn;
mod interrupt;
mod limits;
mod linker;
mod output;
mod sandbox;
mod session;
mod snapshot;

pub use bindings::Identity;
pub use error::{decode_source, Error, ErrorKind, LimitKind, Output, PythonException, PythonSyntaxError, Stats};
pub use code_cache::set_code_cache_dir;
pub use fetch::HttpPolicy;
pub use host_fn::{HostArgs, HostCallError, MAX_HOST_VALUE_DEPTH};
pub use interrupt::InterruptHandle;
pub use limits::{
    Limits, DEFAULT_HOST_CALLS, DEFAULT_HOST_VALUE, DEFAULT_MAX_OUTPUT, DEFAULT_MEMORY, DEFAULT_TIMEOUT, MAX_HOST_VALUE,
};
pub use output::OutputMode;
pub use sandbox::{run, DirAccess, DirGrant, Sandbox, SandboxBuilder, COMPONENT};
pub use session::Session;
pub use snapshot::Snapshot;

/// The README's Rust examples, compiled (and, unless marked `no_run`, run)
/// as doctests so the documentation cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
