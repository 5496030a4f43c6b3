pub mod args;
pub mod compat;
pub mod json_session;
#[cfg(feature = "mcp")]
pub mod mcp;
pub mod repl;
pub mod report;

use std::path::PathBuf;

use mpsandbox::{Error, InterruptHandle, Runtime};

/// The CLI's runtime: compiled code cached on disk, so a process start
/// deserializes the component (~1 ms) instead of compiling it.
/// `$MPSANDBOX_PERFMAP` set writes a perf map for profiling the guest.
/// `$MPSANDBOX_COMPONENT` names another build of the interpreter to run (the
/// checked build the safety suites use).
/// `pool`: live instances the pooling allocator reserves room for (more
/// still work, allocated on demand); a small pool reserves less address
/// space at start-up.
pub fn runtime(pool: u32) -> Result<Runtime, Error> {
    let mut builder = Runtime::builder().perf_map(std::env::var_os("MPSANDBOX_PERFMAP").is_some()).instance_pool(pool);
    if let Some(path) = std::env::var_os("MPSANDBOX_COMPONENT") {
        let wasm = std::fs::read(&path).map_err(|e| {
            Error::Config(mpsandbox::ConfigError::Component {
                reason: format!("MPSANDBOX_COMPONENT={}: {e}", PathBuf::from(&path).display()),
            })
        })?;
        builder = builder.component(wasm);
    }
    if let Some(dir) = mpsandbox::default_code_cache_dir() {
        builder = builder.code_cache_dir(dir);
    }
    builder.build()
}

/// Routes Ctrl-C (SIGINT) to the session's running call instead of killing
/// the process, so the call ends with a clean `interrupted` outcome.
pub fn interrupt_on_ctrl_c(handle: InterruptHandle) {
    // Fails only if a handler is already installed; the first one wins.
    let _ = ctrlc::set_handler(move || handle.interrupt());
}
