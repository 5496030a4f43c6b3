//! The engine and compiled interpreter, once per process or per
//! configuration. Sandboxes use the default runtime unless given one.

use std::path::PathBuf;
use std::sync::OnceLock;

use pyo3::prelude::*;

use crate::errors;

/// The compiled interpreter and its engine settings. Creating one compiles
/// the component (or maps it from the code cache, about a millisecond);
/// every `Sandbox` on it shares that work.
#[pyclass(frozen, module = "mpsandbox")]
pub struct Runtime {
    pub inner: mpsandbox::Runtime,
}

/// The runtime `Sandbox()` uses unless given one: the user runtime
/// (`RuntimeBuilder::from_env`), compiled code cached where the `mpsandbox`
/// CLI keeps it.
pub fn default_runtime(py: Python<'_>) -> PyResult<mpsandbox::Runtime> {
    static DEFAULT: OnceLock<mpsandbox::Runtime> = OnceLock::new();
    if let Some(rt) = DEFAULT.get() {
        return Ok(rt.clone());
    }
    let built = py.detach(|| mpsandbox::RuntimeBuilder::from_env()?.build());
    let rt = built.map_err(|e| errors::to_py(py, e))?;
    Ok(DEFAULT.get_or_init(|| rt).clone())
}

#[pymethods]
impl Runtime {
    /// `component`: the path of another build of the interpreter component
    /// (a checked or debug build); default the one built in.
    /// `code_cache_dir`: where compiled code is kept between processes
    /// (default `$MPSANDBOX_CACHE_DIR`, else `~/.cache/mpsandbox`; `None`
    /// for no disk cache). `instance_pool`: live instances kept in the
    /// pooling allocator (default 1000; 0 turns it off; more sessions than
    /// that still work). `max_wasm_stack`: native stack for guest code, in
    /// bytes (default 16 MiB). `snapshot_key`: secret bytes; snapshots are
    /// then signed, and only snapshots signed with the same key restore
    /// (`InvalidSnapshot` says why one is refused).
    #[new]
    #[pyo3(signature = (*, component=None, code_cache_dir=mpsandbox::default_code_cache_dir(), instance_pool=None, max_wasm_stack=None, snapshot_key=None))]
    fn new(
        py: Python<'_>,
        component: Option<PathBuf>,
        code_cache_dir: Option<PathBuf>,
        instance_pool: Option<u32>,
        max_wasm_stack: Option<usize>,
        snapshot_key: Option<Vec<u8>>,
    ) -> PyResult<Runtime> {
        let mut b = mpsandbox::Runtime::builder();
        if let Some(path) = component {
            let wasm =
                std::fs::read(&path).map_err(|e| errors::config(py, format!("component {}: {e}", path.display())))?;
            b = b.component(wasm);
        }
        if let Some(dir) = code_cache_dir {
            b = b.code_cache_dir(dir);
        }
        if let Some(n) = instance_pool {
            b = b.instance_pool(n);
        }
        if let Some(bytes) = max_wasm_stack {
            b = b.max_wasm_stack(bytes);
        }
        if let Some(key) = snapshot_key {
            b = b.snapshot_key(key);
        }
        let inner = py.detach(|| b.build()).map_err(|e| errors::to_py(py, e))?;
        Ok(Runtime { inner })
    }

    /// The runtime sandboxes use when given none.
    #[staticmethod]
    fn default(py: Python<'_>) -> PyResult<Runtime> {
        Ok(Runtime { inner: default_runtime(py)? })
    }

    /// Where compiled code is cached, or `None`.
    #[getter]
    fn code_cache_dir(&self) -> Option<PathBuf> {
        self.inner.code_cache_dir().map(PathBuf::from)
    }

    /// Native stack available to guest code, in bytes.
    #[getter]
    fn max_wasm_stack(&self) -> usize {
        self.inner.max_wasm_stack()
    }

    /// Whether snapshots are signed, and only signed ones accepted.
    #[getter]
    fn signs_snapshots(&self) -> bool {
        self.inner.signs_snapshots()
    }

    /// Reads snapshot bytes and checks their signature now (with a
    /// `snapshot_key`) rather than at the restore.
    fn snapshot_from_bytes(&self, py: Python<'_>, data: &[u8]) -> PyResult<crate::session::Snapshot> {
        let inner = py.detach(|| self.inner.snapshot_from_bytes(data)).map_err(|e| errors::to_py(py, e))?;
        Ok(crate::session::Snapshot { inner })
    }

    fn __repr__(&self) -> String {
        let cache = match self.inner.code_cache_dir() {
            Some(dir) => format!("{:?}", dir.display().to_string()),
            None => "None".into(),
        };
        format!("Runtime(code_cache_dir={cache}, max_wasm_stack={})", self.inner.max_wasm_stack())
    }
}
