//! JSON-shaped values between Python and the host library: what host
//! functions receive and return. Anything else (sets, bytes, objects, NaN,
//! integers beyond 64 bits, cycles) is refused with a message naming it.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

use mpsandbox::MAX_HOST_VALUE_DEPTH;

pub fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_python(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// `obj` as JSON; a `TypeError` names the first part that is not JSON-shaped.
pub fn from_python(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    convert(obj, MAX_HOST_VALUE_DEPTH).map_err(PyTypeError::new_err)
}

fn convert(obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, String> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err("an integer beyond 64 bits is not JSON-shaped here (send it as a string)".into());
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let x = f.value();
        return Number::from_f64(x).map(Value::Number).ok_or_else(|| format!("the float {x} is not JSON-shaped"));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow().map_err(|e| e.to_string())?.into_owned()));
    }
    let nested = obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() || obj.is_instance_of::<PyDict>();
    if nested && depth == 0 {
        return Err(format!("the value nests deeper than {MAX_HOST_VALUE_DEPTH} levels"));
    }
    if let Ok(dict) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in dict.iter() {
            let key =
                k.cast::<PyString>().map_err(|_| format!("a dict key of type {} is not a string", type_name(&k)))?;
            map.insert(key.to_cow().map_err(|e| e.to_string())?.into_owned(), convert(&v, depth - 1)?);
        }
        return Ok(Value::Object(map));
    }
    if nested {
        let items = obj.try_iter().map_err(|e| e.to_string())?;
        return items
            .map(|item| convert(&item.map_err(|e| e.to_string())?, depth - 1))
            .collect::<Result<_, _>>()
            .map(Value::Array);
    }
    Err(format!("a value of type {} is not JSON-shaped", type_name(obj)))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into())
}
