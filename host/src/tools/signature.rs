//! A tool's JSON Schema read as a Python signature: the stub text a model
//! reads, and the arrangement of a call's `args`/`kwargs` into the tool's
//! arguments object, checked against the schema before anything is sent.

use serde_json::{Map, Value};

use crate::host_fn::{HostArgs, HostCallError};

/// Python's keywords: a tool or parameter named like one gets a trailing `_`
/// (PEP 8's convention), so it stays callable.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The Python name for an MCP name (`search-issues` -> `search_issues`,
/// `class` -> `class_`), or `None` when none fits: such a tool is reachable
/// only through `tools.call`.
pub(crate) fn python_name(name: &str) -> Option<String> {
    let mapped: String = name.chars().map(|c| if c == '-' || c == '.' { '_' } else { c }).collect();
    if !is_identifier(&mapped) || mapped.starts_with("__") || mapped.len() > 64 {
        return None;
    }
    Some(if KEYWORDS.contains(&mapped.as_str()) { mapped + "_" } else { mapped })
}

/// One parameter, in the order the signature gives it.
#[derive(Debug, Clone)]
struct Param {
    /// The property name the tool expects.
    name: String,
    /// How Python passes it by keyword (`None`: only through `**{...}`).
    python: Option<String>,
    required: bool,
    hint: String,
    default: Option<Value>,
}

/// A tool's parameters and result, read from its schemas.
#[derive(Debug, Clone)]
pub(crate) struct Signature {
    params: Vec<Param>,
    /// Extra keyword arguments go through (`additionalProperties` allows them).
    open: bool,
    returns: String,
}

impl Signature {
    pub(crate) fn of(input: &Map<String, Value>, output: Option<&Map<String, Value>>) -> Signature {
        let required: Vec<&str> =
            input.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let mut params: Vec<Param> = match input.get("properties") {
            Some(Value::Object(props)) => props
                .iter()
                .map(|(name, schema)| Param {
                    name: name.clone(),
                    python: python_name(name),
                    required: required.contains(&name.as_str()),
                    hint: hint(schema, 0),
                    default: schema.get("default").cloned(),
                })
                .collect(),
            _ => Vec::new(),
        };
        // Python puts parameters with defaults last; the sort is stable.
        params.sort_by_key(|p| !p.required);
        let open = matches!(input.get("additionalProperties"), Some(Value::Bool(true)) | Some(Value::Object(_)));
        let returns = match output {
            Some(o) if wraps_result(o) => {
                o.get("properties").and_then(|p| p.get("result")).map_or("Any".into(), |s| hint(s, 0))
            }
            Some(o) => hint(&Value::Object(o.clone()), 0),
            None => "Any".into(),
        };
        Signature { params, open, returns }
    }

    /// `def search_issues(query: str, limit: int = 10) -> dict`, and a
    /// comment naming the parameters only `**{...}` can pass.
    pub(crate) fn render(&self, name: &str) -> (String, Option<String>) {
        let mut parts: Vec<String> = Vec::new();
        for p in &self.params {
            let Some(py) = &p.python else { continue };
            let mut s = format!("{py}: {}", p.hint);
            if !p.required {
                s += &format!(" = {}", p.default.as_ref().map_or("None".into(), py_literal));
            }
            parts.push(s);
        }
        let hidden: Vec<String> =
            self.params.iter().filter(|p| p.python.is_none()).map(|p| format!("{:?}", p.name)).collect();
        if !hidden.is_empty() || self.open {
            parts.push("**kwargs".into());
        }
        let head = format!("def {name}({}) -> {}", parts.join(", "), self.returns);
        (head, (!hidden.is_empty()).then(|| format!("pass {} as **{{...}}", hidden.join(", "))))
    }

    /// The tool's arguments object for a call from Python, with CPython's
    /// wording for a call that does not fit (the caller names the function). `None` for an optional
    /// parameter leaves it out, as a Python default would.
    pub(crate) fn arrange(&self, call: HostArgs) -> Result<Map<String, Value>, HostCallError> {
        let invalid = |m: String| HostCallError::InvalidArguments(m);
        let positional: Vec<&Param> = self.params.iter().filter(|p| p.python.is_some()).collect();
        if call.args.len() > positional.len() {
            return Err(invalid(format!(
                "takes {} positional argument{} but {} were given",
                positional.len(),
                if positional.len() == 1 { "" } else { "s" },
                call.args.len()
            )));
        }
        let mut out = Map::new();
        for (p, v) in positional.iter().zip(call.args) {
            out.insert(p.name.clone(), v);
        }
        for (key, v) in call.kwargs {
            let param = self.params.iter().find(|p| p.python.as_deref() == Some(key.as_str()) || p.name == key);
            let property = match param {
                Some(p) => p.name.clone(),
                None if self.open => key.clone(),
                None => return Err(invalid(format!("got an unexpected keyword argument '{key}'"))),
            };
            if out.insert(property, v).is_some() {
                return Err(invalid(format!("got multiple values for argument '{key}'")));
            }
        }
        out.retain(|k, v| !v.is_null() || self.params.iter().any(|p| p.required && &p.name == k));
        let missing: Vec<String> = self
            .params
            .iter()
            .filter(|p| p.required && !out.contains_key(&p.name))
            .map(|p| format!("'{}'", p.python.as_deref().unwrap_or(&p.name)))
            .collect();
        if !missing.is_empty() {
            return Err(invalid(format!(
                "missing {} required argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            )));
        }
        Ok(out)
    }
}

/// Whether results come wrapped as `{"result": ...}`: the Python SDKs wrap a
/// tool's return value that is not an object so (FastMCP marks it; the
/// official SDK's output schema then has `result` as its one property).
pub(crate) fn wraps_result(output: &Map<String, Value>) -> bool {
    if output.get("x-fastmcp-wrap-result") == Some(&Value::Bool(true)) {
        return true;
    }
    let one_property =
        output.get("properties").and_then(Value::as_object).is_some_and(|p| p.len() == 1 && p.contains_key("result"));
    one_property && output.get("required") == Some(&serde_json::json!(["result"]))
}

/// A Python type hint for a JSON Schema, as far as a reader needs one.
fn hint(schema: &Value, depth: usize) -> String {
    let Value::Object(s) = schema else { return "Any".into() };
    if depth > 4 {
        return "Any".into();
    }
    if let Some(Value::Array(values)) = s.get("enum") {
        return format!("Literal[{}]", values.iter().map(py_literal).collect::<Vec<_>>().join(", "));
    }
    if let Some(v) = s.get("const") {
        return format!("Literal[{}]", py_literal(v));
    }
    for union in ["anyOf", "oneOf"] {
        if let Some(Value::Array(options)) = s.get(union) {
            return join_union(options.iter().map(|o| hint(o, depth + 1)));
        }
    }
    match s.get("type") {
        Some(Value::String(t)) => type_hint(t, s, depth),
        Some(Value::Array(ts)) => join_union(ts.iter().filter_map(Value::as_str).map(|t| type_hint(t, s, depth))),
        _ => "Any".into(),
    }
}

fn type_hint(t: &str, s: &Map<String, Value>, depth: usize) -> String {
    match t {
        "string" => "str".into(),
        "integer" => "int".into(),
        "number" => "float".into(),
        "boolean" => "bool".into(),
        "null" => "None".into(),
        "array" => match s.get("items") {
            Some(items) => format!("list[{}]", hint(items, depth + 1)),
            None => "list".into(),
        },
        "object" => "dict".into(),
        _ => "Any".into(),
    }
}

fn join_union(hints: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for h in hints {
        if !seen.contains(&h) {
            seen.push(h);
        }
    }
    if seen.is_empty() {
        "Any".into()
    } else {
        seen.join(" | ")
    }
}

/// A JSON value written as the Python literal it becomes.
pub(crate) fn py_literal(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => py_str(s),
        Value::Array(items) => format!("[{}]", items.iter().map(py_literal).collect::<Vec<_>>().join(", ")),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter().map(|(k, v)| format!("{}: {}", py_str(k), py_literal(v))).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => out += "\\'",
            '\\' => out += "\\\\",
            '\n' => out += "\\n",
            c if (c as u32) < 0x20 => out += &format!("\\x{:02x}", c as u32),
            c => out.push(c),
        }
    }
    out + "'"
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sig(schema: Value) -> Signature {
        Signature::of(schema.as_object().unwrap(), None)
    }

    #[test]
    fn names_map_to_python() {
        assert_eq!(python_name("search-issues").as_deref(), Some("search_issues"));
        assert_eq!(python_name("class").as_deref(), Some("class_"));
        assert_eq!(python_name("v1.list").as_deref(), Some("v1_list"));
        assert_eq!(python_name("9lives"), None);
        assert_eq!(python_name("a b"), None);
        assert_eq!(python_name("__init__"), None);
    }

    #[test]
    fn required_first_then_defaults() {
        let s = sig(json!({"type": "object", "properties": {
            "limit": {"type": "integer", "default": 10},
            "query": {"type": "string"},
            "state": {"enum": ["open", "closed"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "x-y": {"type": ["string", "null"]},
            "9a": {}
        }, "required": ["query"]}));
        let (head, note) = s.render("search");
        assert_eq!(
            head,
            "def search(query: str, limit: int = 10, state: Literal['open', 'closed'] = None, \
             tags: list[str] = None, x_y: str | None = None, **kwargs) -> Any"
        );
        assert_eq!(note.as_deref(), Some("pass \"9a\" as **{...}"));
        let args = HostArgs { args: vec![json!("bugs"), json!(5)], kwargs: Map::new() };
        assert_eq!(Value::Object(s.arrange(args).unwrap()), json!({"query": "bugs", "limit": 5}));
        let kwargs = json!({"query": "q", "x_y": "z", "9a": 1, "state": null}).as_object().unwrap().clone();
        let arranged = s.arrange(HostArgs { args: vec![], kwargs }).unwrap();
        assert_eq!(Value::Object(arranged), json!({"query": "q", "x-y": "z", "9a": 1}));
    }

    #[test]
    fn calls_that_do_not_fit_read_like_cpython() {
        let s = sig(json!({"properties": {"a": {}, "b": {}}, "required": ["a", "b"]}));
        let call = |args: Vec<Value>, kwargs: Value| {
            let kwargs = kwargs.as_object().unwrap().clone();
            match s.arrange(HostArgs { args, kwargs }) {
                Err(HostCallError::InvalidArguments(m)) => m,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            call(vec![json!(1), json!(2), json!(3)], json!({})),
            "takes 2 positional arguments but 3 were given"
        );
        assert_eq!(call(vec![json!(1)], json!({"a": 2})), "got multiple values for argument 'a'");
        assert_eq!(call(vec![], json!({"c": 1})), "got an unexpected keyword argument 'c'");
        assert_eq!(call(vec![], json!({})), "missing 2 required arguments: 'a', 'b'");
    }
}
