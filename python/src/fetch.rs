//! `Sandbox(allow_http=..., inject_headers=..., max_http_requests=...)`: the
//! policy of the sandbox's `fetch`. Injected header values are secrets: they
//! live only in the host library's policy, never in the settings a paused
//! run pickles.

use pyo3::prelude::*;
use pyo3::types::PyString;

use mpsandbox::HttpPolicy;

use crate::errors;

/// A header the host adds to requests to hosts matching `pattern`.
pub struct Injection {
    pub pattern: String,
    pub name: String,
    value: String,
}

/// `[(host pattern, header name, value), ...]`.
pub fn injections(py: Python<'_>, given: &Bound<'_, PyAny>) -> PyResult<Vec<Injection>> {
    let shape = || errors::config(py, "inject_headers: expected a list of (host pattern, header name, value)".into());
    // A str is iterable too, but never what was meant.
    if given.is_instance_of::<PyString>() {
        return Err(shape());
    }
    let mut out = Vec::new();
    for item in given.try_iter().map_err(|_| shape())? {
        let (pattern, name, value): (String, String, String) = item?.extract().map_err(|_| shape())?;
        out.push(Injection { pattern, name, value });
    }
    Ok(out)
}

/// The policy `fetch` follows; `None` without `allow_http`, when the other
/// settings, which only shape `fetch`, must be absent too.
pub fn policy(
    py: Python<'_>,
    allow: Option<&Vec<String>>,
    injections: Vec<Injection>,
    max_requests: Option<u32>,
) -> PyResult<Option<HttpPolicy>> {
    let Some(patterns) = allow else {
        let needs =
            |setting: &str| errors::config(py, format!("{setting}: it shapes fetch requests, so it needs allow_http"));
        if !injections.is_empty() {
            return Err(needs("inject_headers"));
        }
        if max_requests.is_some() {
            return Err(needs("max_http_requests"));
        }
        return Ok(None);
    };
    let mut policy = HttpPolicy::new(patterns).map_err(|e| errors::to_py(py, e))?;
    policy.max_requests = max_requests;
    for i in injections {
        // The library's errors name the pattern and the header, not the value.
        policy = policy.inject_header(&i.pattern, &i.name, i.value).map_err(|e| errors::to_py(py, e))?;
    }
    Ok(Some(policy))
}
