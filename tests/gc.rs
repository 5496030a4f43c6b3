//! Garbage-collector soundness on wasm.
//!
//! Pointers held only in wasm locals are invisible to MicroPython's
//! conservative stack scan; a build without the fix (binaryen's
//! --spill-pointers, see guest-micropython/gccollect.c) frees live objects
//! during collections that fire inside C helpers. These programs force such
//! collections while large live structures are being built and check every
//! result, so a premature free shows up as a wrong value or a trap.

use mpsandbox::Sandbox;

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
