//! In-process measurements for `scripts/bench.sh`: prints one JSON object
//! per line, `{"name", "value", "unit"}`. Run with `--release`;
//! `MPSANDBOX_COMPONENT=FILE` measures another build of the interpreter.
//!
//!   bench startup [N]  new session + exec("print(1)"), median of 1000 (or N)
//!   bench startup-new [N]  the same with a new source each time (no
//!                      compile cache hit)
//!   bench session      exec("x = x + 1") on one session, median of 10,000
//!   bench session-new  exec("x = x + i"), a new source each call
//!   bench idle N       RSS growth per idle live session, N sessions
//!   bench snapshot     capture a session holding a 1 MiB heap and restore
//!                      it into a fresh instance, median of 200
//!   bench run FILE     wall time of running FILE in a fresh session (ms)
//!   bench run-pausable FILE  the same as a pausable run (Session::start)
//!   bench pause        one pause + resume round trip at a host call,
//!                      median of 10,000
//!   bench pause-snapshot  snapshot a paused session holding a 1 MiB heap,
//!                      restore it into a fresh instance and resume it to
//!                      its next pause, median of 200
//!   bench load N SECS  N threads, one live session each, running a mixed
//!                      workload for SECS seconds: throughput, p50/p99
//!                      latency and process RSS sampled every second

use std::time::{Duration, Instant};

use mpsandbox::{Progress, Runtime, Sandbox};
use serde_json::json;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn emit(name: &str, value: f64, unit: &str) {
    println!("{}", json!({"name": name, "value": value, "unit": unit}));
}

/// A `Key:   N kB` line of a /proc/self file, in bytes.
fn proc_kb(file: &str, key: &str) -> u64 {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn rss_bytes() -> u64 {
    proc_kb("/proc/self/status", "VmRSS:")
}

/// Proportional set size: a page shared by k mappings counts 1/k. Every
/// instance maps the same compiled memory image, and a read fault maps the
/// 64 KiB around it (the kernel's fault-around), so RSS counts those shared,
/// clean pages once per instance although they exist once; PSS counts what
/// a session really adds.
fn pss_bytes() -> u64 {
    proc_kb("/proc/self/smaps_rollup", "Pss:")
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `MPSANDBOX_PERFMAP=1` names JIT code for `perf record`, as in the CLI.
    // `MPSANDBOX_COMPONENT=FILE` measures another build of the interpreter.
    let mut builder = Runtime::builder().perf_map(std::env::var_os("MPSANDBOX_PERFMAP").is_some());
    if let Some(path) = std::env::var_os("MPSANDBOX_COMPONENT") {
        builder = builder.component(std::fs::read(path)?);
    }
    let runtime = builder.build()?;
    let sandbox = Sandbox::builder().runtime(&runtime).timeout(None).build()?;
    match args.first().map(String::as_str) {
        Some(which @ ("startup" | "startup-new")) => {
            // startup-new is what an agent sends: a source this runtime has
            // never compiled. An optional count makes a run long enough to
            // profile.
            let fresh = which == "startup-new";
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
            let mut times = Vec::with_capacity(n);
            for i in 0..n {
                let k = if fresh { i } else { 1 };
                let code = format!("print({k})");
                let t = Instant::now();
                let out = sandbox.session()?.exec(&code)?;
                times.push(t.elapsed());
                assert_eq!(out.stdout, format!("{k}\n").into_bytes());
            }
            emit(if fresh { "startup_new" } else { "startup" }, median(times).as_secs_f64() * 1e6, "us");
        }
        Some(which @ ("session" | "session-new")) => {
            let fresh = which == "session-new";
            let mut s = sandbox.session()?;
            s.exec("x = 0")?;
            let mut times = Vec::with_capacity(10_000);
            for i in 0..10_000 {
                let code = format!("x = x + {}", if fresh { i } else { 1 });
                let t = Instant::now();
                s.exec(&code)?;
                times.push(t.elapsed());
            }
            emit(if fresh { "session_call_new" } else { "session_call" }, median(times).as_secs_f64() * 1e6, "us");
        }
        Some("idle") => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
            let _warm = sandbox.session()?.exec("pass")?;
            let (before, before_pss) = (rss_bytes(), pss_bytes());
            let mut live = Vec::with_capacity(n);
            for _ in 0..n {
                let mut s = sandbox.session()?;
                s.exec("x = 1")?;
                live.push(s);
            }
            let per = (rss_bytes().saturating_sub(before)) as f64 / n as f64;
            let per_pss = (pss_bytes().saturating_sub(before_pss)) as f64 / n as f64;
            emit("idle_session_rss", per / (1 << 20) as f64, "MiB");
            emit("idle_session_pss", per_pss / (1 << 20) as f64, "MiB");
            emit("live_sessions", live.len() as f64, "sessions");
        }
        Some("snapshot") => {
            let mut s = sandbox.session()?;
            // Live objects until the heap in use reaches 1 MiB.
            s.exec("import gc\nkeep = []\nwhile gc.mem_alloc() < 1 << 20:\n    keep.append(str(len(keep)) * 8)")?;
            let heap = s.eval("gc.mem_alloc()")?.value.unwrap_or_default();
            let (mut capture, mut restore, mut first) =
                (Vec::with_capacity(200), Vec::with_capacity(200), Vec::with_capacity(200));
            let mut image = 0;
            for _ in 0..200 {
                let t = Instant::now();
                let snap = s.snapshot()?;
                let captured = t.elapsed();
                let mut restored = sandbox.restore(&snap)?;
                restore.push(t.elapsed() - captured);
                capture.push(captured);
                image = snap.memory_size();
                // A mapped image faults its pages in as the guest touches
                // them: the first call pays for what it reads and writes.
                let t = Instant::now();
                restored.exec("n = len(keep)")?;
                first.push(t.elapsed());
                drop(restored);
            }
            let mut check = sandbox.restore(&s.snapshot()?)?;
            assert_eq!(check.eval("len(keep) > 10000")?.value.as_deref(), Some("True"));
            // Serialized (the pages that differ from a fresh interpreter's)
            // and restored from those bytes, as a replica sharing a store
            // does: reading, checking and applying them. Also for a session
            // holding a little state, as an agent's usually does.
            let mut small = sandbox.session()?;
            small.exec("table = {i: str(i) for i in range(2000)}\ndef double(n):\n    return 2 * n")?;
            let (bytes, serialize, from_bytes) = serialized(&sandbox, &mut s)?;
            let (small_bytes, small_serialize, small_from_bytes) = serialized(&sandbox, &mut small)?;
            let total: Vec<Duration> = capture.iter().zip(&restore).map(|(c, r)| *c + *r).collect();
            emit("snapshot_heap_bytes", heap.parse::<f64>().unwrap_or(0.0), "bytes");
            emit("snapshot_image", image as f64 / (1 << 20) as f64, "MiB");
            emit("snapshot_capture", median(capture).as_secs_f64() * 1e6, "us");
            emit("snapshot_restore", median(restore).as_secs_f64() * 1e6, "us");
            emit("snapshot_roundtrip", median(total).as_secs_f64() * 1e6, "us");
            emit("snapshot_first_call", median(first).as_secs_f64() * 1e6, "us");
            emit("snapshot_bytes", bytes as f64 / (1 << 20) as f64, "MiB");
            emit("snapshot_serialize", serialize.as_secs_f64() * 1e6, "us");
            emit("snapshot_restore_from_bytes", from_bytes.as_secs_f64() * 1e6, "us");
            emit("snapshot_small_bytes", small_bytes as f64 / 1024.0, "KiB");
            emit("snapshot_small_serialize", small_serialize.as_secs_f64() * 1e6, "us");
            emit("snapshot_small_restore_from_bytes", small_from_bytes.as_secs_f64() * 1e6, "us");
        }
        Some("run") => {
            // run FILE [N]: the median of N fresh sandboxes each running FILE.
            let path = args.get(1).ok_or_else(|| anyhow::anyhow!("run FILE [N]"))?;
            let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(1);
            let source = std::fs::read_to_string(path)?;
            let mut times = Vec::with_capacity(n);
            for _ in 0..n {
                let t = Instant::now();
                sandbox.session()?.exec_file(path, &source)?;
                times.push(t.elapsed());
            }
            emit(path, median(times).as_secs_f64() * 1e3, "ms");
        }
        Some("run-pausable") => {
            let path = args.get(1).ok_or_else(|| anyhow::anyhow!("run-pausable FILE"))?;
            let source = std::fs::read_to_string(path)?;
            let t = Instant::now();
            let done = matches!(sandbox.session()?.start(&source)?, Progress::Done(_));
            let took = t.elapsed();
            anyhow::ensure!(done, "{path} paused");
            emit(path, took.as_secs_f64() * 1e3, "ms");
        }
        Some("pause") => {
            let sandbox =
                Sandbox::builder().runtime(&runtime).timeout(None).pausing("approve").max_pauses(u32::MAX).build()?;
            let mut s = sandbox.session()?;
            let Progress::Paused(mut pending) = s.start("from host import approve\nwhile True:\n    approve(1)")?
            else {
                anyhow::bail!("the loop did not pause")
            };
            let mut times = Vec::with_capacity(10_000);
            for _ in 0..10_000 {
                let id = pending.calls()[0].id;
                let t = Instant::now();
                let next = pending.resume(id, Ok(json!(true)))?;
                times.push(t.elapsed());
                let Progress::Paused(p) = next else { anyhow::bail!("the loop ended") };
                pending = p;
            }
            emit("pause_roundtrip", median(times).as_secs_f64() * 1e6, "us");
        }
        Some("pause-snapshot") => {
            let sandbox = Sandbox::builder().runtime(&runtime).timeout(None).pausing("approve").build()?;
            let mut s = sandbox.session()?;
            let code = "import gc\nfrom host import approve\nkeep = []\nwhile gc.mem_alloc() < 1 << 20:\n    \
                        keep.append(str(len(keep)) * 8)\nwhile True:\n    approve(len(keep))";
            let Progress::Paused(mut pending) = s.start(code)? else { anyhow::bail!("the program did not pause") };
            let id = pending.calls()[0].id;
            let mut times = Vec::with_capacity(200);
            for _ in 0..200 {
                let t = Instant::now();
                let snap = pending.snapshot()?;
                let mut restored = sandbox.restore(&snap)?;
                let resumed = restored.pending()?.expect("paused").resume(id, Ok(json!(true)))?;
                times.push(t.elapsed());
                anyhow::ensure!(matches!(resumed, Progress::Paused(_)), "the restored run should pause again");
            }
            emit("paused_snapshot_resume", median(times).as_secs_f64() * 1e6, "us");
        }
        Some("load") => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(8);
            let secs: u64 = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(10);
            load(&sandbox, n, Duration::from_secs(secs))?;
        }
        _ => anyhow::bail!(
            "usage: bench startup|startup-new|session|session-new|idle N|snapshot|run FILE [N]|run-pausable FILE|pause|\
             pause-snapshot|load N SECS"
        ),
    }
    Ok(())
}

/// One call of the load test's mixed workload: arithmetic, strings, a dict
/// and JSON, with state that persists in the session between calls.
const MIXED: &[&str] = &[
    "n = n + 1 if 'n' in globals() else 0",
    "s = ','.join(str(i * i) for i in range(50))",
    "d = {str(i): i for i in range(100)}; total = sum(d.values())",
    "import json; doc = json.loads(json.dumps({'n': n, 'items': list(range(20))}))",
];

/// A session's serialized size, and the medians of serializing a fresh
/// capture and of restoring from the bytes.
fn serialized(sandbox: &Sandbox, s: &mut mpsandbox::Session) -> anyhow::Result<(usize, Duration, Duration)> {
    let (mut serialize, mut from_bytes) = (Vec::with_capacity(100), Vec::with_capacity(100));
    let mut len = 0;
    for _ in 0..100 {
        let snap = s.snapshot()?;
        let t = Instant::now();
        let bytes = snap.to_bytes().to_vec();
        serialize.push(t.elapsed());
        len = bytes.len();
        let t = Instant::now();
        let restored = sandbox.restore(&mpsandbox::Snapshot::from_bytes(&bytes)?)?;
        from_bytes.push(t.elapsed());
        drop(restored);
    }
    Ok((len, median(serialize), median(from_bytes)))
}

fn load(sandbox: &Sandbox, threads: usize, duration: Duration) -> anyhow::Result<()> {
    let started = Instant::now();
    let deadline = started + duration;
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let sandbox = sandbox.clone();
            std::thread::spawn(move || -> anyhow::Result<Vec<Duration>> {
                let mut session = sandbox.session()?;
                let mut latencies = Vec::new();
                let mut i = 0;
                while Instant::now() < deadline {
                    let t = Instant::now();
                    session.exec(MIXED[i % MIXED.len()])?;
                    latencies.push(t.elapsed());
                    i += 1;
                }
                Ok(latencies)
            })
        })
        .collect();
    let mut rss = Vec::new();
    while Instant::now() < deadline {
        rss.push(rss_bytes() as f64 / (1 << 20) as f64);
        std::thread::sleep(Duration::from_secs(1));
    }
    let mut all = Vec::new();
    for w in workers {
        all.extend(w.join().map_err(|_| anyhow::anyhow!("a load thread panicked"))??);
    }
    rss.push(rss_bytes() as f64 / (1 << 20) as f64);
    all.sort();
    let pct = |p: f64| all[((all.len() - 1) as f64 * p) as usize].as_secs_f64() * 1e6;
    emit("load_throughput", all.len() as f64 / started.elapsed().as_secs_f64(), "calls/s");
    emit("load_p50", pct(0.50), "us");
    emit("load_p99", pct(0.99), "us");
    // RSS after the first second (sessions warmed up) against the end: a
    // leak shows as growth.
    let warm = rss.get(1).copied().unwrap_or(rss[0]);
    emit("load_rss_start", warm, "MiB");
    emit("load_rss_end", *rss.last().unwrap_or(&warm), "MiB");
    println!("{}", json!({"name": "load_rss_series", "value": rss, "unit": "MiB"}));
    Ok(())
}
