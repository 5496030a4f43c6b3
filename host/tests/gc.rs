//! Garbage-collector soundness on wasm.
//!
//! Pointers held only in wasm locals are invisible to MicroPython's
//! conservative stack scan. The guest therefore collects only at safe points
//! and keeps spilled pointers in exactly the functions that can be on the
//! stack there (guest-micropython/gccollect.c); the VM loop is exempt by
//! construction (patch 0016). These programs force collections while live
//! structures are being built and check every result, so a premature free
//! shows up as a wrong value or a trap. `gc.threshold(1)` requests a
//! collection after every allocation, so one runs at every safe point that
//! follows one.

use std::time::Duration;

use mpsandbox::{Error, LimitKind, Sandbox};

fn run_ok(code: &str) -> String {
    let out = Sandbox::new().unwrap().run(code).unwrap_or_else(|e| panic!("{e}"));
    out.stdout_text()
}

#[test]
fn collections_inside_c_helpers_keep_live_objects() {
    let code = r#"
import gc, json
gc.threshold(1024)
for round in range(40):
    words = ("alpha beta gamma delta %d" % round).split()
    assert words == ["alpha", "beta", "gamma", "delta", str(round)], words
    d = dict(zip(words, range(len(words))))
    assert d["delta"] == 3 and d[str(round)] == 4, d
    blob = json.dumps({"w": words, "d": d, "n": [round] * 5})
    back = json.loads(blob)
    assert back["w"] == words and back["d"] == d and back["n"] == [round] * 5
    ordered = sorted(words, key=lambda w: (len(w), w))
    assert ordered[0] == str(round) or len(ordered[0]) <= 5, ordered
    squares = {i: [i * i, "%d-%s" % (i, "x" * (i % 7))] for i in range(50)}
    assert all(squares[i][0] == i * i and squares[i][1] == "%d-%s" % (i, "x" * (i % 7)) for i in range(50))
    text = "%s|%r|%5.2f|%x" % ("s", [round, "q"], round / 3, round)
    assert text == "s|[%d, 'q']|%5.2f|%x" % (round, round / 3, round), text
print("ok")
"#;
    assert_eq!(run_ok(code), "ok\n");
}

#[test]
fn json_records_survive_repeated_dump_and_load() {
    let code = r#"
import json
for r in range(20):
    records = [{"id": i, "name": "user%d" % i, "tags": ["t%d" % (i % 5), "r%d" % r], "score": i * 0.5}
               for i in range(2000)]
    text = json.dumps(records)
    back = json.loads(text)
    assert len(back) == 2000
    for i in (0, 1, 999, 1999):
        assert back[i] == records[i], (r, i, back[i])
    assert sum(x["id"] for x in back) == 1999 * 2000 // 2
print("ok")
"#;
    assert_eq!(run_ok(code), "ok\n");
}

#[test]
fn ten_thousand_calls_on_one_instance() {
    let mut s = Sandbox::new().unwrap().session().unwrap();
    s.exec("x = 0\nimport gc\ngc.threshold(2048)\nkeep = []").unwrap();
    for i in 0..10_000 {
        let code = if i % 100 == 0 { "x = x + 1\nkeep.append(str(x) * 3)" } else { "x = x + 1" };
        s.exec(code).unwrap_or_else(|e| panic!("call {i}: {e}"));
    }
    assert_eq!(s.eval("x").unwrap().value.as_deref(), Some("10000"));
    assert_eq!(s.eval("len(keep), keep[-1]").unwrap().value.as_deref(), Some("(100, '990199019901')"));
}

#[test]
fn explicit_collections_while_building_3000_dicts() {
    let code = r#"
import gc
rows = []
for i in range(3000):
    rows.append({"i": i, "s": str(i) * 2, "l": [i, i + 1], "t": (i, "x")})
    if i % 10 == 0:
        gc.collect()
gc.collect()
for i, row in enumerate(rows):
    assert row == {"i": i, "s": str(i) * 2, "l": [i, i + 1], "t": (i, "x")}, (i, row)
print(len(rows))
"#;
    assert_eq!(run_ok(code), "3000\n");
}

#[test]
fn session_state_survives_collections_between_calls() {
    let mut s = Sandbox::new().unwrap().session().unwrap();
    s.exec("import gc\ngc.threshold(1024)\ndata = {}").unwrap();
    for i in 0..200 {
        s.exec(&format!("data[{i}] = [str(n) for n in range({i} % 17)]\ngc.collect()")).unwrap();
    }
    let check = "all(data[i] == [str(n) for n in range(i % 17)] for i in range(200))";
    assert_eq!(s.eval(check).unwrap().value.as_deref(), Some("True"));
}

/// Every VM opcode family whose handler calls code that can collect, with a
/// collection at each safe point: calls, methods, closures, classes with
/// __init__ and dunders, generators (send, throw, yield from), `with` left
/// by return and by exception, try/finally, comprehensions, unpacking,
/// imports, string formatting and exceptions with tracebacks.
#[test]
fn a_collection_at_every_safe_point_frees_nothing_live() {
    let code = r#"
import gc
gc.threshold(1)

class Ctx:
    def __init__(self, tag):
        self.tag = [tag]
    def __enter__(self):
        return self.tag + ["in"]
    def __exit__(self, *exc):
        junk = [str(i) * 3 for i in range(20)]
        return False

def with_return(i):
    with Ctx(i) as t:
        return t + [str(i)] * 2

def with_break(i):
    for j in range(3):
        with Ctx(i) as t:
            if j == 1:
                break
    return (t, j)

def inner():
    try:
        while True:
            x = yield [1, 2]
    except ValueError as e:
        yield ["caught", str(e)] * 2

def outer():
    r = yield from inner()
    return r

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __eq__(self, o):
        return self.xs == o.xs
    def __repr__(self):
        return "Vec(%s)" % ", ".join(str(x) for x in self.xs)
    def __iter__(self):
        return iter([str(x) for x in self.xs])

def make_adder(n):
    base = [n] * 3
    def add(x):
        return [b + x for b in base]
    return add

def deep(n):
    if n == 0:
        return [str(k) for k in range(5)]
    return deep(n - 1) + [n]

for i in range(60):
    assert with_return(i) == [i, "in", str(i), str(i)], with_return(i)
    assert with_break(i) == ([i, "in"], 1)
    g = outer()
    assert next(g) == [1, 2]
    assert g.send("v") == [1, 2]
    assert g.throw(ValueError("e%d" % i)) == ["caught", "e%d" % i] * 2
    v = Vec(i, 2 * i) + Vec(1, 1)
    assert v == Vec(i + 1, 2 * i + 1) and repr(v) == "Vec(%d, %d)" % (i + 1, 2 * i + 1)
    a, b = v
    assert (a, b) == (str(i + 1), str(2 * i + 1))
    first, *rest = [str(k) for k in range(4)]
    assert first == "0" and rest == ["1", "2", "3"]
    assert make_adder(i)(1) == [i + 1] * 3
    assert deep(10)[:5] == ["0", "1", "2", "3", "4"] and deep(10)[5:] == list(range(1, 11))
    try:
        try:
            {}["k%d" % i]
        finally:
            pad = ["f"] * 10
    except KeyError as e:
        assert e.args == ("k%d" % i,)
    assert sorted(["b%d" % i, "a", "c"], key=lambda s: (len(s), s)) == ["a", "c", "b%d" % i]
    assert list(map(lambda x: str(x) + "!", range(3))) == ["0!", "1!", "2!"]
    assert sum(x * 0.5 for x in range(10)) == 22.5
    assert "{}-{:>4}-{!r}".format(i, "ab", [i]) == "%d-  ab-[%d]" % (i, i)
    import json
    assert json.loads(json.dumps({"k": [i, "s"]})) == {"k": [i, "s"]}
print("ok")
"#;
    assert_eq!(run_ok(code), "ok\n");
}

/// A long session allocating heavily across calls, with collections
/// requested after every allocation, keeps its state intact.
#[test]
fn a_long_session_allocating_heavily_keeps_its_state() {
    let mut s = Sandbox::new().unwrap().session().unwrap();
    s.exec("import gc\ngc.threshold(64)\nkeep = {}\nround = 0").unwrap();
    for _ in 0..300 {
        s.exec(
            "round += 1\n\
             junk = [[str(i)] * 4 for i in range(200)]\n\
             keep[round] = ('r%d' % round, [round] * 3)\n\
             assert keep[1] == ('r1', [1, 1, 1]), keep[1]",
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    let out = s.eval("sum(len(v[0]) + sum(v[1]) for v in keep.values())").unwrap();
    let expected: usize = (1..=300).map(|r| format!("r{r}").len() + 3 * r).sum();
    assert_eq!(out.value.as_deref(), Some(expected.to_string().as_str()));
}

/// Recursion a few hundred frames deep (code states on the shadow stack and
/// on the heap) while every level allocates.
#[test]
fn deep_recursion_while_allocating() {
    let code = r#"
import gc
gc.threshold(1)
def build(n):
    here = ["level%d" % n, [n] * 4]
    if n == 0:
        return [here]
    below = build(n - 1)
    below.append(here)
    return below
for r in range(5):
    levels = build(300)
    assert len(levels) == 301
    assert all(levels[k] == ["level%d" % k, [k] * 4] for k in range(301))
print("ok")
"#;
    assert_eq!(run_ok(code), "ok\n");
}

/// Garbage made inside C loops (map, sum, max, sorted with a key) is
/// collected there: these runs make ~20x the memory cap in garbage. (The
/// cap counts all linear memory: the stack, the component's data with its
/// frozen standard library, and the heap, where sorted() keeps its 50,000
/// keys alive.)
#[test]
fn c_loops_collect_their_garbage_under_a_small_cap() {
    let sandbox = Sandbox::builder().memory(12 << 20).timeout(Some(Duration::from_secs(60))).build().unwrap();
    let code = r#"
n = 200000
assert max(map(lambda i: str(i) * 4, range(n))) == "99999" * 4
assert sum(i * 0.5 for i in range(n)) == (n - 1) * n / 4
assert sum(map(float, range(n))) == (n - 1) * n / 2
assert len(sorted(range(n // 4), key=lambda i: [i % 7, str(i)])) == n // 4
print("ok")
"#;
    match sandbox.run(code) {
        Ok(out) => assert_eq!(out.stdout_text(), "ok\n"),
        Err(Error::Limit { kind: LimitKind::Memory, .. }) => panic!("garbage in C loops was not collected"),
        Err(e) => panic!("{e}"),
    }
}

/// Extra heap areas with a single live block at their start survive the
/// sweep (patch 0017): a list built by append across many area additions.
#[test]
fn sparse_heap_areas_keep_their_live_blocks() {
    let code = r#"
words = []
for i in range(60000):
    words.append(str(i))
assert all(w == str(i) for i, w in enumerate(words))
assert len(",".join(words)) == sum(len(w) for w in words) + 59999
print("ok")
"#;
    assert_eq!(run_ok(code), "ok\n");
}
