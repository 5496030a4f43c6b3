//! Durable runs through the library: a run pauses at a host call, the
//! embedder answers (now, after a snapshot in another session, or twice in
//! two forks), and the run continues where it stood; bad requests are typed
//! errors that change nothing.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use mpsandbox::{Error, ErrorKind, HostCallError, LimitKind, Pending, Progress, Sandbox, SandboxBuilder, Session};
use serde_json::{json, Value};

fn session(builder: SandboxBuilder) -> Session {
    builder.build().unwrap().session().unwrap()
}

fn approvals() -> SandboxBuilder {
    Sandbox::builder().pausing("approve").pausing("ask")
}

fn paused(p: Result<Progress<'_>, Error>) -> Pending<'_> {
    match p {
        Ok(Progress::Paused(pending)) => pending,
        Ok(Progress::Done(out)) => panic!("the run ended: {:?}", out.stdout_text()),
        Err(e) => panic!("the run failed: {e:?}"),
    }
}

fn done(p: Result<Progress<'_>, Error>) -> String {
    match p {
        Ok(Progress::Done(out)) => out.stdout_text(),
        Ok(Progress::Paused(pending)) => panic!("still paused at {:?}", pending.calls()),
        Err(e) => panic!("the run failed: {e:?}"),
    }
}

const APPROVAL: &str = "
from host import approve
def charge(amount):
    print('asking for', amount)
    ok = approve(amount, reason='refund')
    return 'charged' if ok else 'refused'
class Till:
    def run(self, amounts):
        return [charge(a) for a in amounts]
print(Till().run([100, 250]))
";

#[test]
fn a_run_pauses_at_each_call_and_continues_with_the_answers() {
    let mut s = session(approvals());
    let p = paused(s.start(APPROVAL));
    assert_eq!(p.output().stdout_text(), "asking for 100\n");
    let call = p.calls()[0].clone();
    assert_eq!(call.name, "approve");
    assert_eq!(call.args.args, vec![json!(100)]);
    assert_eq!(call.args.kwargs.get("reason"), Some(&json!("refund")));
    assert!(!call.awaited);
    let p = paused(p.resume(call.id, Ok(json!(true))));
    assert_eq!(p.output().stdout_text(), "asking for 250\n");
    let id = p.calls()[0].id;
    assert_ne!(id, call.id);
    assert_eq!(done(p.resume(id, Ok(json!(false)))), "['charged', 'refused']\n");
    // The session goes on as any other, with the run's globals.
    assert_eq!(s.eval("Till.__name__").unwrap().value.as_deref(), Some("'Till'"));
}

#[test]
fn an_error_answer_is_raised_at_the_call_site_and_unwinds_through_the_frames() {
    let mut s = session(approvals());
    let code = "
from host import approve, HostError
def inner():
    return approve(1)
def outer():
    try:
        return inner()
    finally:
        print('finally ran')
try:
    outer()
except HostError as e:
    print('caught', e)
outer()
";
    let p = paused(s.start(code));
    let id = p.calls()[0].id;
    let p = paused(p.resume(id, Err(HostCallError::failed("denied by policy"))));
    assert_eq!(p.output().stdout_text(), "finally ran\ncaught denied by policy\n");
    let id = p.calls()[0].id;
    match p.resume(id, Err(HostCallError::failed("again"))) {
        Err(Error::Exception { exception, output }) => {
            assert_eq!(exception.type_name, "HostError");
            assert!(exception.traceback.contains("in inner"), "{}", exception.traceback);
            assert!(exception.traceback.contains("in outer"), "{}", exception.traceback);
            assert_eq!(output.stdout_text(), "finally ran\n");
        }
        other => panic!("expected the exception, got {other:?}"),
    }
    // The run is over: the session takes new work.
    assert!(s.pending().unwrap().is_none());
    assert_eq!(s.exec("print(1)").unwrap().stdout_text(), "1\n");
}

#[test]
fn closures_decorator_wrappers_and_bound_methods_can_pause() {
    let mut s = session(approvals());
    let code = "
from host import approve
import functools
def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print('calling', f.__name__)
        return f(*args, **kwargs)
    return wrapper
@logged
def pay(n):
    def check(k):
        return approve(k + n)
    return check(1)
class Till:
    def ask(self, n):
        return approve(n)
ask = Till().ask
print(pay(10), ask(5))
";
    let p = paused(s.start(code));
    assert_eq!(p.output().stdout_text(), "calling pay\n");
    assert_eq!(p.calls()[0].args.args, vec![json!(11)]);
    let id = p.calls()[0].id;
    let p = paused(p.resume(id, Ok(json!("paid"))));
    assert_eq!(p.calls()[0].args.args, vec![json!(5)]);
    let id = p.calls()[0].id;
    assert_eq!(done(p.resume(id, Ok(json!("asked")))), "paid asked\n");
}

#[test]
fn a_call_behind_a_c_frame_raises_a_runtime_error_naming_why() {
    let mut s = session(approvals());
    for code in [
        "from host import approve\nsorted([1, 2], key=approve)",
        "from host import approve\nlist(approve(x) for x in [1])",
        "from host import approve\nclass A:\n    def __init__(self):\n        approve(1)\nA()",
    ] {
        match s.start(code) {
            Err(Error::Exception { exception, .. }) => {
                assert_eq!(exception.type_name, "RuntimeError", "{code}");
                assert!(exception.message.contains("cannot do from here"), "{}", exception.message);
            }
            other => panic!("{code}: expected RuntimeError, got {other:?}"),
        }
    }
}

#[test]
fn outside_a_pausable_run_a_pausing_function_fails_saying_so() {
    let mut s = session(approvals());
    match s.exec("from host import approve\napprove(1)") {
        Err(Error::Exception { exception, .. }) => {
            assert_eq!(exception.type_name, "HostError");
            assert!(exception.message.contains("only a pausable run"), "{}", exception.message);
        }
        other => panic!("expected HostError, got {other:?}"),
    }
}

#[test]
fn a_paused_session_snapshots_restores_elsewhere_and_forks() {
    let sandbox = approvals().build().unwrap();
    let mut s = sandbox.session().unwrap();
    let mut p = paused(s.start("from host import approve\nx = 41\nx += approve()\nprint('x is', x)"));
    let bytes = p.snapshot().unwrap().to_bytes().to_vec();
    drop(s);
    // Two forks from the same bytes, each answered differently.
    for (answer, expected) in [(1, "x is 42\n"), (-41, "x is 0\n")] {
        let snapshot = mpsandbox::Snapshot::from_bytes(&bytes).unwrap();
        let mut fork = sandbox.restore(&snapshot).unwrap();
        let pending = fork.pending().unwrap().expect("the restored session is paused");
        let id = pending.calls()[0].id;
        assert_eq!(pending.calls()[0].name, "approve");
        assert_eq!(done(pending.resume(id, Ok(json!(answer)))), expected);
    }
}

#[test]
fn bad_requests_are_refused_and_change_nothing() {
    let mut s = session(approvals());
    let p = paused(s.start("from host import approve\nprint(approve('a'))"));
    let id = p.calls()[0].id;
    let request = |r: Result<Progress<'_>, Error>| match r {
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::Request, "{e}");
            e.to_string()
        }
        Ok(_) => panic!("expected a refusal"),
    };
    assert!(request(p.resume(id + 100, Ok(json!(1)))).contains("no paused call has id"));
    let p = s.pending().unwrap().unwrap();
    assert!(request(p.resume_all([(id, Ok(json!(1))), (id, Ok(json!(2)))])).contains("answered twice"));
    assert_eq!(s.exec("x = 1").unwrap_err().kind(), ErrorKind::Request);
    assert_eq!(s.eval("1").unwrap_err().kind(), ErrorKind::Request);
    assert_eq!(s.start("pass").unwrap_err().kind(), ErrorKind::Request);
    // Still paused at the same call, which the right answer continues.
    let p = s.pending().unwrap().unwrap();
    assert_eq!(p.calls()[0].id, id);
    assert_eq!(done(p.resume(id, Ok(json!("ok")))), "ok\n");
    // Answering the finished call again: nothing is paused.
    assert!(s.pending().unwrap().is_none());
}

#[test]
fn a_run_the_host_never_resumes_is_cancelled_or_reset_without_leaks() {
    let mut s = session(approvals().memory(64 << 20));
    for _ in 0..200 {
        let p = paused(s.start("from host import approve\nbig = [bytearray(10000) for _ in range(20)]\napprove()"));
        p.cancel().unwrap();
    }
    // The abandoned runs' frames and data were garbage: memory stays low.
    let out = s.exec("import gc\ngc.collect()\nprint(gc.mem_alloc() < 4_000_000)").unwrap();
    assert_eq!(out.stdout_text(), "True\n");
    let _ = paused(s.start("from host import approve\napprove()"));
    s.reset().unwrap();
    assert!(s.pending().unwrap().is_none());
    assert_eq!(s.exec("print(2)").unwrap().stdout_text(), "2\n");
}

#[test]
fn gather_hands_every_awaited_call_over_in_one_pause() {
    let mut s = session(Sandbox::builder().awaitable("fetch"));
    let code = "
import asyncio
from host import fetch
async def main():
    got = await asyncio.gather(fetch('a'), fetch('b'), fetch('c'))
    print(got)
asyncio.run(main())
";
    let p = paused(s.start(code));
    let calls = p.calls().to_vec();
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(|c| c.awaited && c.name == "fetch"));
    let args: Vec<Value> = calls.iter().map(|c| c.args.args[0].clone()).collect();
    assert_eq!(args, vec![json!("a"), json!("b"), json!("c")]);
    // Answer one now, the rest later, in another order.
    let p = paused(p.resume(calls[1].id, Ok(json!("B"))));
    assert_eq!(p.calls().len(), 2);
    let answers = [(calls[2].id, Ok(json!("C"))), (calls[0].id, Ok(json!("A")))];
    assert_eq!(done(p.resume_all(answers)), "['A', 'B', 'C']\n");
}

#[test]
fn the_hosts_own_awaitable_functions_run_concurrently() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let (f, m) = (in_flight.clone(), most.clone());
    let builder = Sandbox::builder().function_awaitable("slow", move |n: i64| {
        let (f, m) = (f.clone(), m.clone());
        async move {
            let now = f.fetch_add(1, Ordering::SeqCst) + 1;
            m.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(50)).await;
            f.fetch_sub(1, Ordering::SeqCst);
            Ok::<_, String>(n * 10)
        }
    });
    let mut s = session(builder);
    let code = "
import asyncio
from host import slow
async def main():
    print(await asyncio.gather(*(slow(i) for i in range(4))))
asyncio.run(main())
";
    assert_eq!(s.exec(code).unwrap().stdout_text(), "[0, 10, 20, 30]\n");
    assert_eq!(most.load(Ordering::SeqCst), 4, "the four calls overlapped");
}

#[test]
fn the_pause_cap_raises_host_limit_error_at_the_call_site() {
    let mut s = session(approvals().max_pauses(2));
    let code = "
from host import approve, HostLimitError
n = 0
try:
    while True:
        approve()
        n += 1
except HostLimitError as e:
    print(n, e)
";
    let mut progress = s.start(code);
    let mut answered = 0;
    let out = loop {
        match progress {
            Ok(Progress::Paused(p)) => {
                let id = p.calls()[0].id;
                answered += 1;
                progress = p.resume(id, Ok(Value::Null));
            }
            Ok(Progress::Done(out)) => break out.stdout_text(),
            Err(e) => panic!("{e:?}"),
        }
    };
    assert_eq!(answered, 2);
    assert_eq!(out, "2 more than 2 pauses in one run\n");
}

#[test]
fn fuel_and_output_span_the_whole_run() {
    let code = "from host import approve\nfor i in range(20000): pass\napprove()\nfor i in range(20000): pass";
    let mut s = session(approvals().fuel(Some(1 << 40)));
    let one_loop = paused(s.start(code)).output().stats.fuel.unwrap();
    let mut s = session(approvals().fuel(Some(one_loop * 3 / 2)));
    let p = paused(s.start(code));
    let id = p.calls()[0].id;
    // Each loop fits the fuel alone; both together do not.
    assert_eq!(p.resume(id, Ok(json!(1))).unwrap_err().limit(), Some(LimitKind::Fuel));
    let mut s = session(approvals().max_output(100));
    let p = paused(s.start("from host import approve\nprint('x' * 60)\napprove()\nprint('y' * 60)"));
    let id = p.calls()[0].id;
    assert_eq!(p.resume(id, Ok(json!(1))).unwrap_err().limit(), Some(LimitKind::Output));
}

#[test]
fn deep_recursion_in_a_pausable_run_is_a_python_error() {
    let mut s = session(approvals());
    let code = "
from host import approve
def down(n):
    return approve(n) if n == 0 else down(n - 1)
print(down(2000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError as e:
    print('RuntimeError', e)
";
    let p = paused(s.start(code));
    let id = p.calls()[0].id;
    assert_eq!(done(p.resume(id, Ok(json!("bottom")))), "bottom\nRuntimeError maximum recursion depth exceeded\n");
}

#[test]
fn collections_while_paused_keep_the_frames() {
    let mut s = session(approvals());
    let code = "
import gc
gc.threshold(1)
from host import approve
def level(n, acc):
    data = [str(i) * 3 for i in range(50)]
    if n == 0:
        return approve(len(acc)) + len(data)
    return level(n - 1, acc + data)
print(level(30, []))
";
    let p = paused(s.start(code));
    let id = p.calls()[0].id;
    assert_eq!(p.calls()[0].args.args, vec![json!(1500)]);
    let p = match p.resume(id + 1000, Ok(json!(0))) {
        Err(_) => s.pending().unwrap().unwrap(),
        Ok(_) => panic!("an unknown id was accepted"),
    };
    drop(p);
    // Garbage made and collected between the pause and the answer.
    let snapshot = s.snapshot().unwrap();
    let mut other = approvals().build().unwrap().restore(&snapshot).unwrap();
    let p = other.pending().unwrap().unwrap();
    assert_eq!(done(p.resume(id, Ok(json!(7)))), "57\n");
}
