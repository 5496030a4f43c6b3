//! The frozen standard library through the library API: modules import in a
//! fresh sandbox without any file, the interpreter names them, bad input to
//! them is a typed Python exception (never a trap), unbounded growth ends in
//! the memory limit, and the modules a sandbox cannot have say why.

use mpsandbox::{Error, LimitKind, Sandbox, Session};

fn session() -> Session {
    Sandbox::builder().build().unwrap().session().unwrap()
}

fn run(code: &str) -> String {
    session().exec(code).unwrap_or_else(|e| panic!("{code}: {e:?}")).stdout_text()
}

/// The exception type and message a program ends with.
fn exception(code: &str) -> (String, String) {
    match session().exec(code) {
        Err(Error::Exception { exception, .. }) => (exception.type_name, exception.message),
        other => panic!("{code}: expected an exception, got {other:?}"),
    }
}

#[test]
fn common_modules_import_and_work_in_a_fresh_sandbox() {
    let out = run("import typing, dataclasses, datetime, collections, itertools, functools, re, json\n\
                   from dataclasses import dataclass, field, asdict\n\
                   from typing import List, Optional\n\
                   @dataclass(order=True)\n\
                   class P:\n    x: int\n    tags: List[str] = field(default_factory=list)\n    note: Optional[str] = None\n\
                   print(P(1), asdict(P(2, ['a'])), P(1) < P(2))\n\
                   print(collections.Counter('abracadabra').most_common(2))\n\
                   print(list(itertools.accumulate([1, 2, 3])), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))\n\
                   print(datetime.date(2024, 2, 28) + datetime.timedelta(days=2))\n\
                   print(datetime.datetime.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M').isoformat())");
    assert_eq!(
        out,
        "P(x=1, tags=[], note=None) {'x': 2, 'tags': ['a'], 'note': None} True\n\
         [('a', 5), ('b', 2)]\n\
         [1, 3, 6] 24\n\
         2024-03-01\n\
         2024-03-05T14:07:00\n"
    );
}

#[test]
fn decimal_fractions_statistics_are_exact() {
    let out = run("from decimal import Decimal, ROUND_HALF_UP\nfrom fractions import Fraction\nimport statistics\n\
                   print(sum([Decimal('0.10')] * 3), (Decimal('2.675')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))\n\
                   print(Fraction(1, 3) + Fraction(1, 6), statistics.median([3, 1, 4, 1, 5]), statistics.mean([1, 2, 3, 4]))");
    assert_eq!(out, "0.30 2.68\n1/2 3 2.5\n");
}

#[test]
fn the_interpreter_lists_its_frozen_modules() {
    let s = Sandbox::builder().build().unwrap();
    let id = s.session().unwrap().identity().unwrap();
    for name in ["typing", "dataclasses", "datetime", "decimal", "asyncio", "json", "re", "sys"] {
        assert!(id.modules.iter().any(|m| m == name), "{name} missing from {:?}", id.modules);
    }
    let mut sorted = id.modules.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), id.modules.len(), "a module is listed twice: {:?}", id.modules);
    let out = run("help('modules')");
    assert!(out.contains("dataclasses") && out.contains("urllib.parse"), "{out}");
}

#[test]
fn bad_input_to_the_standard_library_is_a_typed_exception() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "import datetime\ndatetime.datetime.strptime('2024-13-01', '%Y-%m-%d')",
            "ValueError",
            "time data '2024-13-01' does not match format '%Y-%m-%d'",
        ),
        ("import decimal\ndecimal.Decimal('abc')", "InvalidOperation", ""),
        ("import csv, io\nlist(csv.reader(io.StringIO('a,\"b\\n'), strict=True))", "Error", ""),
        ("import json\njson.loads('{\"a\": }')", "JSONDecodeError", "Expecting value: line 1 column 7 (char 6)"),
        ("from fractions import Fraction\nFraction(1, 0)", "ZeroDivisionError", "Fraction(1, 0)"),
        ("import statistics\nstatistics.mean([])", "StatisticsError", "mean requires at least one data point"),
        (
            "from abc import ABC, abstractmethod\nclass S(ABC):\n    @abstractmethod\n    def area(self): ...\nS()",
            "TypeError",
            "Can't instantiate abstract class S with abstract method area",
        ),
    ];
    for (code, type_name, message) in cases {
        let (t, m) = exception(code);
        assert!(t == *type_name || t.ends_with(&format!(".{type_name}")), "{code}: {t}: {m}");
        assert!(message.is_empty() || m == *message, "{code}: {t}: {m}");
    }
}

#[test]
fn deepcopy_of_a_self_referencing_structure_keeps_its_shape() {
    let out = run("import copy\na = [1, {'k': None}]\na[1]['k'] = a\nb = copy.deepcopy(a)\n\
                   print(b[1]['k'] is b, b is not a, b[1] is not a[1])");
    assert_eq!(out, "True True True\n");
}

#[test]
fn an_unbounded_lru_cache_ends_in_the_memory_limit() {
    let mut s = Sandbox::builder().memory(24 << 20).build().unwrap().session().unwrap();
    // The cache lives in a call, so once the error ends it, it is garbage.
    let r = s.exec(
        r#"
import functools
def fill():
    @functools.lru_cache(maxsize=None)
    def f(n):
        return bytearray(1024)
    i = 0
    while True:
        f(i)
        i += 1
fill()
"#,
    );
    match r {
        Err(Error::Exception { exception, .. }) => assert_eq!(exception.type_name, "MemoryError"),
        Err(Error::Limit { kind, .. }) => assert_eq!(kind, LimitKind::Memory),
        other => panic!("{other:?}"),
    }
    // The session goes on: the unbounded cache dropped, a bounded one works.
    let out = s.exec(
        "import functools\n@functools.lru_cache(maxsize=2)\ndef g(n): return n * 2\n\
                      print([g(i) for i in range(5)], g.cache_info())",
    );
    assert_eq!(out.unwrap().stdout_text(), "[0, 2, 4, 6, 8] CacheInfo(hits=0, misses=5, maxsize=2, currsize=2)\n");
}

#[test]
fn modules_a_sandbox_cannot_have_say_why() {
    for name in ["subprocess", "socket", "multiprocessing", "ctypes"] {
        let (t, m) = exception(&format!("import {name}"));
        assert!(t == "ImportError" || t == "ModuleNotFoundError", "{name}: {t}");
        assert!(m.contains("sandbox"), "{name}: the message should say why: {m}");
    }
}
