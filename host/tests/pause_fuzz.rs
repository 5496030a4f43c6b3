//! Differential fuzzing of durable runs: random programs whose functions call
//! `approve` from loops, comprehensions, `try`/`finally`, closures, methods
//! and bound methods run twice, once with `approve` answered synchronously
//! and once as a pausable run driven through a random sequence of resumes,
//! refused requests, snapshots, restores and forks. Both must print the
//! same and fail the same way (type, message and traceback).
//!
//! `MPSANDBOX_FUZZ_SEED=N MPSANDBOX_FUZZ_CASES=M` explores other programs.

use mpsandbox::{Error, ErrorKind, HostArgs, HostCallError, Progress, Sandbox, Session};
use serde_json::{json, Value};

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn indent(block: &str) -> String {
    block.lines().map(|l| format!("    {l}\n")).collect()
}

fn program(rng: &mut Rng) -> String {
    let mut src = String::from(
        "from host import approve, HostError\nlog = []\nclass Box:\n    def __init__(self, v):\n        self.v = v\n    \
         def call(self, f):\n        return f(self.v)\n",
    );
    let functions = 2 + rng.below(3);
    for i in 0..functions {
        let mut body = String::new();
        for _ in 0..1 + rng.below(3) {
            let lower = if i > 0 { rng.below(i) } else { 0 };
            let k = 1 + rng.below(2);
            let statement = match rng.below(if i > 0 { 9 } else { 3 }) {
                0 => format!("log.append(approve('g{i}', x))"),
                1 => format!(
                    "try:\n    log.append(approve('g{i}', x + 1))\nexcept HostError as e:\n    log.append('err ' + str(e))"
                ),
                2 => format!("log.append(x * {k})"),
                3 => format!("for j in range({k}):\n    log.append(g{lower}(x + j))"),
                4 => format!("log.append([g{lower}(x * 2 + j) for j in range({k})])"),
                5 => format!("try:\n    log.append(g{lower}(x))\nfinally:\n    log.append('fin {i}')"),
                6 => format!("def inner(y):\n    return g{lower}(y + x)\nlog.append(inner({k}))"),
                7 => format!("log.append(Box(x).call(g{lower}))"),
                _ => format!("bound = Box(x + {k}).call\nlog.append(bound(g{lower}))"),
            };
            body.push_str(&statement);
            body.push('\n');
        }
        body.push_str("return len(log)\n");
        src.push_str(&format!("def g{i}(x):\n{}", indent(&body)));
    }
    let top = functions - 1;
    src.push_str(&format!("for t in range({}):\n    g{top}(t)\nprint(log)\n", 1 + rng.below(2)));
    src
}

/// The host's answer, the same in both runs: some calls fail.
fn answer(args: &[Value]) -> Result<Value, HostCallError> {
    let tag = args[0].as_str().unwrap_or_default();
    let x = args[1].as_i64().unwrap_or_default();
    if x % 5 == 3 {
        Err(HostCallError::failed(format!("no {x}")))
    } else {
        Ok(json!(format!("{tag}:{x}")))
    }
}

/// What a run printed and how it ended.
#[derive(Debug, PartialEq)]
struct Ending {
    stdout: String,
    error: Option<(String, String, String)>,
}

fn ending(stdout: String, result: Result<(), Error>) -> Ending {
    let error = match result {
        Ok(()) => None,
        Err(Error::Exception { exception, .. }) => Some((exception.type_name, exception.message, exception.traceback)),
        Err(e) => panic!("unexpected failure: {e:?}"),
    };
    Ending { stdout, error }
}

fn synchronous(code: &str) -> Ending {
    let sandbox = Sandbox::builder().function_untyped("approve", |a: HostArgs| answer(&a.args)).build().unwrap();
    match sandbox.session().unwrap().exec(code) {
        Ok(out) => ending(out.stdout_text(), Ok(())),
        Err(e) => {
            let stdout = e.output().map(|o| o.stdout_text()).unwrap_or_default();
            ending(stdout, Err(e))
        }
    }
}

fn durable(code: &str, rng: &mut Rng, sandbox: &Sandbox, resumes: &mut u32) -> Ending {
    let mut session: Session = sandbox.session().unwrap();
    let mut stdout = String::new();
    let progress_output = |p: &Result<Progress<'_>, Error>, stdout: &mut String| match p {
        Ok(p) => stdout.push_str(&p.output().stdout_text()),
        Err(e) => stdout.push_str(&e.output().map(|o| o.stdout_text()).unwrap_or_default()),
    };
    let first = session.start(code);
    progress_output(&first, &mut stdout);
    let mut result = match first {
        Ok(Progress::Done(_)) => return ending(stdout, Ok(())),
        Ok(Progress::Paused(_)) => Ok(()),
        Err(e) => return ending(stdout, Err(e)),
    };
    loop {
        match rng.below(10) {
            // A refused request changes nothing.
            0 => {
                let pending = session.pending().unwrap().unwrap();
                let bogus = pending.calls()[0].id + 1000;
                assert_eq!(pending.resume(bogus, Ok(json!(0))).unwrap_err().kind(), ErrorKind::Request);
            }
            1 => assert_eq!(session.exec("x = 1").unwrap_err().kind(), ErrorKind::Request),
            // Continue in a restored copy (another process, as far as the
            // run can tell), sometimes after forking a sibling that is
            // answered differently and dropped.
            2 | 3 => {
                let snapshot = session.snapshot().unwrap();
                if rng.below(2) == 0 {
                    let mut sibling = sandbox.restore(&snapshot).unwrap();
                    let p = sibling.pending().unwrap().unwrap();
                    let id = p.calls()[0].id;
                    let _ = p.resume(id, Ok(json!("sibling")));
                }
                session = sandbox.restore(&snapshot).unwrap();
            }
            _ => {
                let pending = session.pending().unwrap().expect("the run is paused");
                let call = pending.calls()[0].clone();
                assert_eq!(call.name, "approve");
                let next = pending.resume(call.id, answer(&call.args.args));
                *resumes += 1;
                progress_output(&next, &mut stdout);
                match next {
                    Ok(Progress::Done(_)) => break,
                    Ok(Progress::Paused(_)) => {}
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
        }
    }
    ending(stdout, result)
}

#[test]
fn durable_runs_match_synchronous_ones() {
    let seed: u64 = std::env::var("MPSANDBOX_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let cases: u64 = std::env::var("MPSANDBOX_FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let sandbox = Sandbox::builder().pausing("approve").max_pauses(100_000).build().unwrap();
    let mut rng = Rng(seed);
    let (mut failed, mut resumes) = (0, 0);
    for case in 0..cases {
        let code = program(&mut rng);
        let expected = synchronous(&code);
        let got = durable(&code, &mut rng, &sandbox, &mut resumes);
        failed += expected.error.is_some() as u32;
        assert_eq!(got, expected, "case {case} (seed {seed}) differs:\n{code}");
    }
    // The corpus exercises both endings.
    assert!(failed > 0 && failed < cases as u32, "{failed} of {cases} failed");
    eprintln!("{cases} programs, {failed} ending in an exception, {resumes} resumes");
    assert!(resumes as u64 > 2 * cases, "the programs pause too rarely: {resumes} resumes");
}
