//! What a call returns to Python: its output as text, the value of an
//! `eval`, and what it cost.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};

use mpsandbox::Output;

/// `RunResult`'s constructor arguments, as pickling stores them.
type RunResultArgs = (String, String, Option<String>, Py<Stats>);

/// What one call wrote and what it cost.
#[pyclass(frozen, module = "mpsandbox", get_all)]
pub struct RunResult {
    /// Text the code wrote to stdout (invalid UTF-8 becomes U+FFFD).
    pub stdout: String,
    /// Text the code wrote to stderr.
    pub stderr: String,
    /// `repr()` of the value, for `Session.eval`; `None` for `exec`.
    pub value: Option<String>,
    pub stats: Py<Stats>,
}

impl RunResult {
    pub fn new(py: Python<'_>, out: Output) -> PyResult<RunResult> {
        Ok(RunResult {
            stdout: out.stdout_text(),
            stderr: out.stderr_text(),
            stats: Py::new(py, Stats::from(&out.stats))?,
            value: out.value,
        })
    }
}

#[pymethods]
impl RunResult {
    #[new]
    #[pyo3(signature = (stdout, stderr, value, stats))]
    fn py_new(stdout: String, stderr: String, value: Option<String>, stats: Py<Stats>) -> RunResult {
        RunResult { stdout, stderr, value, stats }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, RunResultArgs) {
        let r = slf.get();
        (slf.get_type(), (r.stdout.clone(), r.stderr.clone(), r.value.clone(), r.stats.clone_ref(slf.py())))
    }

    /// The outcome object every host reports (`wit/outcome.schema.json`), as
    /// `mpsandbox --json` prints it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("ok", true)?;
        d.set_item("stdout", &self.stdout)?;
        d.set_item("stderr", &self.stderr)?;
        if let Some(value) = &self.value {
            d.set_item("value", value)?;
        }
        d.set_item("error", py.None())?;
        d.set_item("stats", self.stats.get().to_dict(py)?)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "RunResult(stdout={:?}, stderr={:?}, value={:?}, stats={})",
            self.stdout,
            self.stderr,
            self.value,
            self.stats.get().__repr__(py)
        )
    }
}

/// Measurements of one call.
#[pyclass(frozen, module = "mpsandbox", get_all)]
#[derive(Clone)]
pub struct Stats {
    /// Seconds spent inside the guest call (compilation never counts).
    pub duration: f64,
    /// Fuel burnt (about one unit per wasm instruction); `None` unless the
    /// sandbox has a fuel limit, since metering costs 10-20% of compute.
    pub fuel: Option<u64>,
    /// Largest size the instance's linear memory reached, in bytes.
    pub peak_memory: u64,
}

impl From<&mpsandbox::Stats> for Stats {
    fn from(s: &mpsandbox::Stats) -> Stats {
        Stats { duration: s.duration.as_secs_f64(), fuel: s.fuel, peak_memory: s.peak_memory }
    }
}

#[pymethods]
impl Stats {
    #[new]
    #[pyo3(signature = (duration, fuel, peak_memory))]
    fn py_new(duration: f64, fuel: Option<u64>, peak_memory: u64) -> Stats {
        Stats { duration, fuel, peak_memory }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyType>, (f64, Option<u64>, u64)) {
        let s = slf.get();
        (slf.get_type(), (s.duration, s.fuel, s.peak_memory))
    }

    /// As the outcome object's `stats`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("duration_us", (self.duration * 1e6).round() as u64)?;
        d.set_item("fuel", self.fuel)?;
        d.set_item("peak_memory", self.peak_memory)?;
        Ok(d)
    }

    fn __eq__(&self, other: &Stats) -> bool {
        (self.duration, self.fuel, self.peak_memory) == (other.duration, other.fuel, other.peak_memory)
    }

    fn __repr__(&self, _py: Python<'_>) -> String {
        let fuel = self.fuel.map_or("None".to_string(), |f| f.to_string());
        format!("Stats(duration={:.6}, fuel={fuel}, peak_memory={})", self.duration, self.peak_memory)
    }
}
