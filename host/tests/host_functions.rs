//! Host functions through the library: Python calls closures the embedder
//! registered, values cross intact, failures become catchable Python
//! exceptions, and the per-call limits hold.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mpsandbox::{ConfigError, Error, HostArgs, HostCallError, LimitKind, Sandbox, SandboxBuilder, Session};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

fn session(builder: SandboxBuilder) -> Session {
    builder.build().unwrap().session().unwrap()
}

fn stdout(s: &mut Session, code: &str) -> String {
    match s.exec(code) {
        Ok(out) => out.stdout_text(),
        Err(e) => panic!("{code}\n failed: {e:?}"),
    }
}

fn exception(r: Result<mpsandbox::Output, Error>) -> (String, String) {
    match r {
        Err(Error::Exception { exception, .. }) => (exception.type_name, exception.message),
        other => panic!("expected a Python exception, got {other:?}"),
    }
}

#[derive(Deserialize)]
struct Greeting {
    name: String,
    #[serde(default)]
    punctuation: Option<String>,
}

fn greeter() -> SandboxBuilder {
    Sandbox::builder()
        .function("greet", |g: Greeting| -> Result<String, String> {
            Ok(format!("hello {}{}", g.name, g.punctuation.unwrap_or_else(|| ".".into())))
        })
        .function("add", |(a, b): (i64, i64)| -> Result<i64, String> { Ok(a + b) })
        .function("double", |x: f64| -> Result<f64, String> { Ok(x * 2.0) })
        .function("now", |(): ()| -> Result<&'static str, String> { Ok("tick") })
}

#[test]
fn positional_and_keyword_arguments() {
    let mut s = session(greeter());
    let out = stdout(
        &mut s,
        "from host import greet, add, double, now\n\
         print(greet('ann'))\n\
         print(greet('bob', '!'))\n\
         print(greet(name='cy', punctuation='?'))\n\
         print(greet('di', punctuation='...'))\n\
         print(add(2, 3), double(1.25), now())\n\
         import host\n\
         print(host.call('add', 40, 2))\n\
         print(sorted(host.functions()))\n\
         print(greet)",
    );
    assert_eq!(
        out,
        "hello ann.\nhello bob!\nhello cy?\nhello di...\n5 2.5 tick\n42\n['add', 'double', 'greet', 'now']\n<host function greet>\n"
    );
}

#[test]
fn arguments_that_do_not_fit_raise_type_error() {
    let mut s = session(greeter());
    s.exec("from host import greet, add, now").unwrap();
    for (call, needle) in [
        ("greet()", "missing field `name`"),
        ("greet('a', '!', 'extra')", "takes 2 arguments but 3 were given"),
        ("greet('a', name='b')", "multiple values for argument 'name'"),
        ("greet('a', colour='red')", "unexpected keyword argument 'colour'"),
        ("add(1)", "invalid length 1"),
        ("add(1, b=2)", "unexpected keyword argument 'b'"),
        ("add('x', 2)", "invalid type"),
        ("now(1)", "takes no arguments"),
    ] {
        let (ty, message) = exception(s.exec(call));
        assert_eq!(ty, "TypeError", "{call}: {message}");
        assert!(message.contains(needle), "{call}: {message:?} lacks {needle:?}");
    }
    let out = stdout(&mut s, "try:\n    add(1)\nexcept TypeError as e:\n    print('caught', 'add()' in str(e))");
    assert_eq!(out, "caught True\n");
}

#[test]
fn nested_values_and_unicode_cross_both_ways_intact() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let mut s = session(Sandbox::builder().function_untyped("echo", move |call: HostArgs| {
        log.lock().unwrap().push(call.clone());
        Ok(json!({"args": call.args, "kwargs": call.kwargs}))
    }));
    let out = stdout(
        &mut s,
        "from host import echo\n\
         v = {'list': [1, -2, 3.5, None, True, False], 'nested': {'deep': [[['x']]]}, 'big': 2**62,\n\
              'text': 'h\u{e9}llo \u{2713} \u{1f40d} \"quoted\" \\\\ tab\\t nl\\n', 'empty': {}, 'tuple': (1, 2)}\n\
         r = echo(v, 'z\u{fc}rich', key='\u{65e5}\u{672c}')\n\
         v['tuple'] = [1, 2]\n\
         print(r['args'][0] == v, r['args'][1], r['kwargs']['key'])",
    );
    assert_eq!(out, "True z\u{fc}rich \u{65e5}\u{672c}\n");
    let calls = seen.lock().unwrap();
    assert_eq!(calls.len(), 1);
    let call = &calls[0];
    assert_eq!(call.args[0]["text"], json!("h\u{e9}llo \u{2713} \u{1f40d} \"quoted\" \\ tab\t nl\n"));
    assert_eq!(call.args[0]["big"], json!(1u64 << 62));
    assert_eq!(call.args[0]["nested"], json!({"deep": [[["x"]]]}));
    assert_eq!(call.args[1], json!("z\u{fc}rich"));
    assert_eq!(call.kwargs["key"], json!("\u{65e5}\u{672c}"));
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Order {
    id: u32,
    items: Vec<String>,
    totals: BTreeMap<String, f64>,
}

#[test]
fn serde_types_map_to_python_values() {
    let mut s = session(Sandbox::builder().function("order", |id: u32| -> Result<Order, String> {
        Ok(Order { id, items: vec!["tea".into(), "\u{2615}".into()], totals: BTreeMap::from([("eur".into(), 3.5)]) })
    }));
    let out = stdout(&mut s, "from host import order\no = order(7)\nprint(o['id'], *o['items'], o['totals']['eur'])");
    assert_eq!(out, "7 tea \u{2615} 3.5\n");
}

#[test]
fn host_failures_are_catchable_python_exceptions() {
    let mut s = session(
        Sandbox::builder()
            .function("lookup", |key: String| -> Result<String, String> { Err(format!("no entry for '{key}'")) })
            .function("strict", |_: String| -> Result<(), HostCallError> {
                Err(HostCallError::InvalidArguments("strict wants a known key".into()))
            })
            .function("boom", |_: ()| -> Result<(), String> { panic!("host bug") }),
    );
    let out = stdout(
        &mut s,
        "import host\nfrom host import lookup, strict, boom\n\
         try:\n    lookup('k\u{e9}')\nexcept host.HostError as e:\n    print('HostError:', e)\n\
         try:\n    strict('x')\nexcept TypeError as e:\n    print('TypeError:', e)\n\
         try:\n    boom()\nexcept host.HostError as e:\n    print('HostError:', e)\n\
         try:\n    host.call('missing')\nexcept AttributeError as e:\n    print('AttributeError:', e)\n\
         try:\n    from host import missing\nexcept ImportError as e:\n    print('ImportError')",
    );
    assert_eq!(
        out,
        "HostError: no entry for 'k\u{e9}'\nTypeError: strict(): strict wants a known key\nHostError: the host function panicked\n\
         AttributeError: no host function 'missing' is granted\nImportError\n"
    );
    let (ty, message) = exception(s.exec("lookup('x')"));
    assert_eq!((ty.as_str(), message.as_str()), ("HostError", "no entry for 'x'"));
}

fn echo_builder() -> SandboxBuilder {
    Sandbox::builder()
        .function("echo", |v: Value| -> Result<Value, String> { Ok(v) })
        .function("blob", |n: usize| -> Result<String, String> { Ok("x".repeat(n)) })
}

#[test]
fn oversize_arguments_and_results_are_refused_cleanly() {
    let mut s = session(echo_builder().max_host_value(10_000));
    let out = stdout(
        &mut s,
        "import host\nfrom host import echo, blob\n\
         for call in (lambda: echo('x' * 20000), lambda: blob(20000)):\n    \
             try:\n        call()\n    except host.HostLimitError as e:\n        print('limit:', e)\n\
         print(len(echo('y' * 9000)), len(blob(9000)))",
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[0].starts_with("limit: host call arguments are 20") && lines[0].ends_with("over the 10000-byte cap"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("limit: the host call result is 20") && lines[1].ends_with("over the 10000-byte cap"),
        "{out}"
    );
    assert_eq!(lines[2], "9000 9000");
}

#[test]
fn values_json_cannot_carry_are_refused_in_the_guest() {
    let calls = Arc::new(Mutex::new(0));
    let count = calls.clone();
    let mut s = session(Sandbox::builder().function("echo", move |v: Value| -> Result<Value, String> {
        *count.lock().unwrap() += 1;
        Ok(v)
    }));
    s.exec("from host import echo").unwrap();
    for (value, ty) in [
        ("b'bytes'", "TypeError"),
        ("{1, 2}", "TypeError"),
        ("{1: 'int key'}", "TypeError"),
        ("float('nan')", "ValueError"),
        ("float('inf')", "ValueError"),
        ("object()", "TypeError"),
        ("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "HostLimitError"),
    ] {
        let (got, message) = exception(s.exec(&format!("echo({value})")));
        assert_eq!(got, ty, "{value}: {message}");
    }
    let (got, _) = exception(s.exec("a = []\na.append(a)\necho(a)"));
    assert_eq!(got, "HostLimitError", "a cyclic list nests without end");
    assert_eq!(*calls.lock().unwrap(), 0, "no refused value may reach the host");
    // 64 levels are allowed, both ways.
    let out = stdout(&mut s, "v = 0\nfor _ in range(64): v = [v]\nprint(echo(v) == v)");
    assert_eq!(out, "True\n");
}

#[test]
fn the_host_call_count_is_capped_per_call() {
    let mut s = session(Sandbox::builder().max_host_calls(5).function("ping", |_: ()| -> Result<u8, String> { Ok(1) }));
    let out = stdout(
        &mut s,
        "import host\nfrom host import ping\nn = 0\ntry:\n    while True:\n        n += ping()\nexcept host.HostLimitError as e:\n    print(n, e)",
    );
    assert_eq!(out, "5 more than 5 host calls in one call\n");
    // The count starts again with the next call.
    assert_eq!(stdout(&mut s, "print(sum(ping() for _ in range(5)))"), "5\n");
}

#[test]
fn a_blocking_host_function_is_stopped_by_the_timeout() {
    let mut s = session(Sandbox::builder().timeout(Some(Duration::from_millis(300))).function(
        "slow",
        |secs: u64| -> Result<(), String> {
            std::thread::sleep(Duration::from_secs(secs));
            Ok(())
        },
    ));
    s.exec("x = 1").unwrap();
    let started = Instant::now();
    let r = s.exec("from host import slow\nprint('before')\nslow(20)");
    let took = started.elapsed();
    match r {
        Err(Error::Limit { kind: LimitKind::Timeout, output, .. }) => assert_eq!(output.stdout_text(), "before\n"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(took < Duration::from_secs(5), "the call took {took:?}");
    s.reset().unwrap();
    assert_eq!(s.eval("1 + 1").unwrap().value.as_deref(), Some("2"));
}

#[test]
fn async_host_functions_run_and_are_cancelled_by_the_timeout() {
    let finished = Arc::new(Mutex::new(false));
    let flag = finished.clone();
    let mut s = session(
        Sandbox::builder()
            .timeout(Some(Duration::from_millis(300)))
            .function_async("wait", |ms: u64| async move {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                Ok::<_, String>(ms)
            })
            .function_async("wait_flag", move |ms: u64| {
                let flag = flag.clone();
                async move {
                    tokio::time::sleep(Duration::from_millis(ms)).await;
                    *flag.lock().unwrap() = true;
                    Ok::<_, String>(())
                }
            }),
    );
    assert_eq!(stdout(&mut s, "from host import wait\nprint(wait(10))"), "10\n");
    let r = s.exec("from host import wait_flag\nwait_flag(1000)");
    assert!(matches!(r, Err(Error::Limit { kind: LimitKind::Timeout, .. })), "{r:?}");
    std::thread::sleep(Duration::from_millis(1200));
    assert!(!*finished.lock().unwrap(), "the cancelled future must not run on");
}

#[test]
fn without_grants_the_host_module_is_empty() {
    let mut s = Sandbox::new().unwrap().session().unwrap();
    assert_eq!(stdout(&mut s, "import host\nprint(host.functions())"), "[]\n");
    let (ty, _) = exception(s.exec("from host import fetch"));
    assert_eq!(ty, "ImportError");
}

#[test]
fn names_that_python_cannot_import_are_refused_at_build() {
    for name in ["", "has space", "9lives", "__dunder", "call", "functions", "HostError"] {
        let r = Sandbox::builder().function(name, |_: ()| -> Result<(), String> { Ok(()) }).build();
        assert!(
            matches!(&r, Err(Error::Config(ConfigError::FunctionName { name: n, .. })) if n == name),
            "{name:?} should be refused"
        );
    }
    let r = Sandbox::builder().max_host_value(17 << 20).build();
    assert!(matches!(r, Err(Error::Config(ConfigError::Limit { limit: "max_host_value", .. }))), "{r:?}");
}
