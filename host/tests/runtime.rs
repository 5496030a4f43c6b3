//! Runtimes are explicit and independent: two with different engine settings
//! live in one process, each with its own code cache and ticker.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use mpsandbox::{ConfigError, Error, LimitKind, Runtime, Sandbox};

/// The compiled-code entries (`.cwasm`; each has a `.check` record beside it).
fn cache_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|it| it.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".cwasm"));
    names.sort();
    names
}

/// The ticker test counts threads; the others must not create runtimes
/// while it does.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

fn stdout(sandbox: &Sandbox, code: &str) -> String {
    sandbox.run(code).unwrap_or_else(|e| panic!("{e}")).stdout_text()
}

/// Python recursion deep enough that each level's C frames outgrow a small
/// native stack long before MicroPython's own check on its shadow stack.
const DEEP: &str = "def f(n):\n    return f(n - 1) + 1 if n else 0\nprint(f(2000))";

#[test]
fn two_runtimes_with_different_settings_in_one_process() {
    let _serial = serial();
    let (cache_a, cache_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let small = Runtime::builder().code_cache_dir(cache_a.path()).max_wasm_stack(256 << 10).build().unwrap();
    let large = Runtime::builder().code_cache_dir(cache_b.path()).build().unwrap();
    assert!(!small.same(&large));
    assert_eq!(small.max_wasm_stack(), 256 << 10);
    assert_eq!(large.code_cache_dir(), Some(cache_b.path()));

    // Each runtime cached its compiled code in its own directory (the stack
    // size does not change the machine code, so the entries are alike).
    let (a, b) = (cache_entries(cache_a.path()), cache_entries(cache_b.path()));
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(b.len(), 1, "{b:?}");

    let on_small = Sandbox::builder().runtime(&small).build().unwrap();
    let on_large = Sandbox::builder().runtime(&large).build().unwrap();
    assert!(on_small.runtime().same(&small));
    assert_eq!(stdout(&on_small, "print(6 * 7)"), "42\n");

    // The settings really differ: the same recursion fits one native stack
    // and overflows the other (a limit, not a crash).
    assert_eq!(stdout(&on_large, DEEP), "2000\n");
    match on_small.run(DEEP) {
        Err(Error::Limit { kind: LimitKind::Stack, .. }) => {}
        other => panic!("expected a stack limit on the small runtime: {other:?}"),
    }

    // Sessions of both run side by side, and a snapshot taken on one
    // restores on the other (same component).
    let mut left = on_small.session().unwrap();
    let mut right = on_large.session().unwrap();
    left.exec("x = 'left'").unwrap();
    right.exec("x = 'right'").unwrap();
    let mut moved = on_large.restore(&left.snapshot().unwrap()).unwrap();
    assert_eq!(moved.eval("x").unwrap().value.as_deref(), Some("'left'"));
    assert_eq!(right.eval("x").unwrap().value.as_deref(), Some("'right'"));
}

#[test]
fn a_runtime_without_a_cache_directory_writes_nothing_and_a_second_one_loads_the_cache() {
    let _serial = serial();
    let cache = tempfile::tempdir().unwrap();
    let first = Runtime::builder().code_cache_dir(cache.path()).build().unwrap();
    let entry = cache_entries(cache.path());
    assert_eq!(entry.len(), 1);
    let written = std::fs::metadata(cache.path().join(&entry[0])).unwrap().modified().unwrap();
    // Same settings: the second runtime loads the entry instead of rewriting it.
    let second = Runtime::builder().code_cache_dir(cache.path()).build().unwrap();
    assert_eq!(cache_entries(cache.path()), entry);
    assert_eq!(std::fs::metadata(cache.path().join(&entry[0])).unwrap().modified().unwrap(), written);
    for rt in [&first, &second] {
        let sb = Sandbox::builder().runtime(rt).build().unwrap();
        assert_eq!(stdout(&sb, "print('cached')"), "cached\n");
    }
    let uncached = Runtime::new().unwrap();
    assert_eq!(uncached.code_cache_dir(), None);
}

#[test]
fn the_default_runtime_is_shared_and_explicit_ones_are_not() {
    let _serial = serial();
    let a = Sandbox::new().unwrap();
    let b = Sandbox::builder().build().unwrap();
    assert!(a.runtime().same(b.runtime()));
    assert!(a.runtime().same(&Runtime::shared().unwrap()));
    let own = Runtime::new().unwrap();
    assert!(!own.same(a.runtime()));
    assert_eq!(mpsandbox::run("print(1)").unwrap().stdout_text(), "1\n");
}

#[test]
fn out_of_range_engine_settings_are_config_errors() {
    let _serial = serial();
    for bytes in [0, 1 << 10, 2 << 30] {
        match Runtime::builder().max_wasm_stack(bytes).build() {
            Err(Error::Config(ConfigError::Limit { limit: "max_wasm_stack", .. })) => {}
            other => panic!("{bytes}: {other:?}"),
        }
    }
}

/// Threads of this process named like the runtimes' epoch tickers.
fn ticker_threads() -> usize {
    std::fs::read_dir("/proc/self/task")
        .unwrap()
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .filter(|name| name.trim() == "mpsandbox-epoch")
        .count()
}

#[test]
fn dropping_a_runtime_ends_its_ticker_thread() {
    let _serial = serial();
    // Other tests in this binary create runtimes concurrently, so count
    // under a lock-free bound: after dropping ours, the count must come
    // back down to at most what it was before.
    let rt = Runtime::new().unwrap();
    let sandbox = Sandbox::builder().runtime(&rt).timeout(Some(std::time::Duration::from_millis(200))).build().unwrap();
    // A timeout only works if the ticker runs.
    assert!(matches!(sandbox.run("while True: pass"), Err(Error::Limit { kind: LimitKind::Timeout, .. })));
    let with_ours = ticker_threads();
    assert!(with_ours >= 1);
    drop(sandbox);
    drop(rt);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while ticker_threads() >= with_ours && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(ticker_threads() < with_ours, "the ticker thread outlived its runtime");
}

#[test]
fn a_runtime_runs_another_build_of_the_component_and_refuses_what_is_not_one() {
    let _serial = serial();
    // The same bytes as the built-in component, given explicitly.
    let custom = Runtime::builder().component(mpsandbox::COMPONENT.to_vec()).build().unwrap();
    let sandbox = Sandbox::builder().runtime(&custom).build().unwrap();
    assert_eq!(stdout(&sandbox, "print('custom')"), "custom\n");
    match Runtime::builder().component(b"\0asm not really".to_vec()).build() {
        Err(Error::Config(ConfigError::Component { reason })) => assert!(reason.contains("compile"), "{reason}"),
        other => panic!("{other:?}"),
    }
}

/// A cache entry whose bytes changed is hashed, found wrong and recompiled,
/// never loaded; one that was only touched is verified once and loaded.
#[test]
fn a_damaged_cache_entry_is_recompiled_and_a_touched_one_is_reverified() {
    let _serial = serial();
    let cache = tempfile::tempdir().unwrap();
    drop(Runtime::builder().code_cache_dir(cache.path()).build().unwrap());
    let entry = cache.path().join(&cache_entries(cache.path())[0]);
    let check = entry.with_extension("check");
    let good = std::fs::read(&entry).unwrap();

    // Same length, one byte flipped in the middle of the machine code.
    let mut bad = good.clone();
    let mid = bad.len() / 2;
    bad[mid] ^= 0xff;
    std::fs::write(&entry, &bad).unwrap();
    let rt = Runtime::builder().code_cache_dir(cache.path()).build().unwrap();
    let sb = Sandbox::builder().runtime(&rt).build().unwrap();
    assert_eq!(stdout(&sb, "print(6 * 7)"), "42\n");
    assert_eq!(std::fs::read(&entry).unwrap(), good, "the damaged entry was replaced by a fresh compile");

    // Truncated: the same.
    std::fs::write(&entry, &good[..good.len() / 3]).unwrap();
    let rt = Runtime::builder().code_cache_dir(cache.path()).build().unwrap();
    assert_eq!(stdout(&Sandbox::builder().runtime(&rt).build().unwrap(), "print(1)"), "1\n");
    assert_eq!(std::fs::read(&entry).unwrap(), good);

    // Rewritten with the same bytes (a new identity): verified, kept, and
    // its record updated so the next load maps it without hashing.
    let before = std::fs::read_to_string(&check).unwrap();
    std::fs::remove_file(&entry).unwrap();
    std::fs::write(&entry, &good).unwrap();
    let rt = Runtime::builder().code_cache_dir(cache.path()).build().unwrap();
    assert_eq!(stdout(&Sandbox::builder().runtime(&rt).build().unwrap(), "print(2)"), "2\n");
    let after = std::fs::read_to_string(&check).unwrap();
    assert_eq!(before.lines().next(), after.lines().next(), "same digest");
    assert_ne!(before, after, "a new identity was recorded");
}

/// More live sessions than the instance pool holds: the rest run on the
/// on-demand engine, all of them work, and a freed slot is used again.
#[test]
fn sessions_beyond_the_instance_pool_overflow_to_on_demand_allocation() {
    let _serial = serial();
    for pool in [0, 3] {
        let rt = Runtime::builder().instance_pool(pool).build().unwrap();
        let sandbox = Sandbox::builder().runtime(&rt).build().unwrap();
        let mut live: Vec<_> = (0..10).map(|_| sandbox.session().unwrap()).collect();
        for (i, s) in live.iter_mut().enumerate() {
            s.exec(&format!("x = {i}")).unwrap();
        }
        for (i, s) in live.iter_mut().enumerate() {
            assert_eq!(s.eval("x * 2").unwrap().value, Some((i * 2).to_string()), "pool {pool}");
        }
        // Metered sandboxes overflow the same way.
        let metered = Sandbox::builder().runtime(&rt).fuel(Some(10_000_000)).build().unwrap();
        let mut more: Vec<_> = (0..5).map(|_| metered.session().unwrap()).collect();
        for s in &mut more {
            assert!(s.exec("y = sum(range(100))").unwrap().stats.fuel.is_some());
        }
        live.truncate(1);
        more.clear();
        assert_eq!(stdout(&sandbox, "print('again')"), "again\n");
    }
}
