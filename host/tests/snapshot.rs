//! Session snapshots: capture an interpreter's state, restore it into fresh
//! instances (in the same sandbox, another one, or from bytes), and refuse
//! snapshots that are damaged, foreign or too big.

use mpsandbox::{DirAccess, Error, ErrorKind, LimitKind, Sandbox, Session, Snapshot};

fn eval(s: &mut Session, expr: &str) -> String {
    s.eval(expr).unwrap_or_else(|e| panic!("{expr}: {e}")).value.unwrap()
}

fn session_with_state() -> Session {
    let mut s = Sandbox::new().unwrap().session().unwrap();
    s.exec(
        r#"
import json, collections
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k=1):
        self.n += k
        return self.n
def make_adder(k):
    return lambda x: x + k
counter = Counter()
counter.bump(41)
add3 = make_adder(3)
table = {i: str(i) * 3 for i in range(5000)}
big = 2 ** 200
blob = json.dumps({"t": [1, 2, 3], "s": "caf\u00e9"})
dq = collections.deque((1, 2, 3), 10)
gen = (i * i for i in range(10))
next(gen)
"#,
    )
    .unwrap();
    s
}

const STATE_PROBE: &str =
    "(counter.bump(), add3(4), len(table), table[4321], big % 1000, json.loads(blob)['s'] == 'caf\\u00e9', list(dq), next(gen))";
const STATE_AFTER: &str = "(42, 7, 5000, '432143214321', 376, True, [1, 2, 3], 1)";

#[test]
fn restored_session_continues_with_every_kind_of_state() {
    let mut source = session_with_state();
    let snap = source.snapshot().unwrap();
    let mut restored = Sandbox::new().unwrap().restore(&snap).unwrap();
    assert_eq!(eval(&mut restored, STATE_PROBE), STATE_AFTER);
    // The source is untouched by the capture and independent of the copy.
    assert_eq!(eval(&mut source, STATE_PROBE), STATE_AFTER);
    source.exec("counter.bump(100)").unwrap();
    assert_eq!(eval(&mut restored, "counter.n"), "42");
    assert_eq!(eval(&mut source, "counter.n"), "142");
}

#[test]
fn one_snapshot_forks_into_independent_sessions() {
    let snap = session_with_state().snapshot().unwrap();
    let sandbox = Sandbox::new().unwrap();
    let mut forks: Vec<Session> = (0..8).map(|_| sandbox.restore(&snap).unwrap()).collect();
    for (i, f) in forks.iter_mut().enumerate() {
        f.exec(&format!("counter.bump({i})")).unwrap();
    }
    for (i, f) in forks.iter_mut().enumerate() {
        assert_eq!(eval(f, "counter.n"), (41 + i).to_string());
    }
}

#[test]
fn serialized_snapshot_round_trips_into_another_sandbox() {
    let snap = session_with_state().snapshot().unwrap();
    let bytes = snap.to_bytes().to_vec();
    // Only the pages that differ from a fresh interpreter's memory.
    assert!(bytes.len() < snap.memory_size() / 2, "{} bytes for {}", bytes.len(), snap.memory_size());
    let back = Snapshot::from_bytes(&bytes).unwrap();
    let other = Sandbox::builder().memory(64 << 20).fuel(Some(10_000_000)).build().unwrap();
    let mut s = other.restore(&back).unwrap();
    assert_eq!(eval(&mut s, STATE_PROBE), STATE_AFTER);
    // The restoring sandbox's limits apply, not the captured one's.
    let err = s.exec("while True: pass").unwrap_err();
    assert!(matches!(err, Error::Limit { kind: LimitKind::Fuel, .. }), "{err}");
}

#[test]
fn damaged_or_foreign_snapshots_are_refused() {
    let bytes = session_with_state().snapshot().unwrap().to_bytes().to_vec();
    let refused = |b: &[u8], why: &str| {
        let err = Snapshot::from_bytes(b).unwrap_err();
        assert!(matches!(err, Error::InvalidSnapshot(_)), "{err}");
        assert!(err.to_string().contains(why), "{err}");
    };
    refused(b"", "header");
    refused(b"MPSNAP02 and then nothing useful", "header");
    refused(b"MPSNAP01 and then nothing useful", "older mpsandbox");
    let mut flipped = bytes.clone();
    let last = flipped.len() - 100;
    flipped[last] ^= 1;
    refused(&flipped, "digest");
    refused(&bytes[..bytes.len() - 1], "length");
    // A run placed past the image's end, digest fixed up: refused by shape.
    let body = 8 + 32 + 8 + 32 + 32;
    let mut outside = bytes[..body].to_vec();
    let size = u64::from_le_bytes(bytes[40..48].try_into().unwrap()) as u32;
    outside.extend_from_slice(&(size - 4).to_le_bytes());
    outside.extend_from_slice(&8u32.to_le_bytes());
    outside.extend_from_slice(&[7; 8]);
    let digest = *blake3::hash(&outside[body..]).as_bytes();
    outside[body - 32..body].copy_from_slice(&digest);
    refused(&outside, "outside its image");
    // Captured by another component: refused when restored, before any of
    // it reaches a guest (a runtime of that component would take it).
    let mut foreign = bytes.clone();
    foreign[8] ^= 0xff; // the component digest follows the 8-byte magic
    let foreign = Snapshot::from_bytes(&foreign).expect("well-formed");
    let err = Sandbox::new().unwrap().restore(&foreign).unwrap_err();
    assert!(matches!(err, Error::InvalidSnapshot(_)), "{err}");
    assert!(err.to_string().contains("different interpreter component"), "{err}");
}

#[test]
fn serialized_snapshot_holds_the_pages_that_changed_wherever_they_are() {
    // Memory grown far past a fresh interpreter's, written sparsely: each
    // written page comes back, and the bytes hold little more than them.
    let mut s = Sandbox::new().unwrap().session().unwrap();
    s.exec("big = bytearray(8 << 20)\nfor i in range(0, len(big), 1 << 20): big[i] = i >> 20 or 255").unwrap();
    assert!(s.snapshot().unwrap().memory_size() > 8 << 20);
    let sandbox = Sandbox::new().unwrap();
    let probe = "[big[i] for i in range(0, len(big), 1 << 20)], sum(big)";
    let expected = eval(&mut s, probe);
    // Through bytes, and once more from the session restored from them.
    let mut from = s;
    for _ in 0..2 {
        let bytes = from.snapshot().unwrap().to_bytes().to_vec();
        assert!(bytes.len() < 1 << 20, "{} bytes", bytes.len());
        from = sandbox.restore(&Snapshot::from_bytes(&bytes).unwrap()).unwrap();
        assert_eq!(eval(&mut from, probe), expected);
    }
}

#[test]
fn snapshot_bigger_than_the_memory_cap_is_a_memory_limit() {
    let mut s = Sandbox::new().unwrap().session().unwrap();
    s.exec("hoard = [bytearray(1 << 20) for _ in range(24)]").unwrap();
    let snap = s.snapshot().unwrap();
    assert!(snap.memory_size() > 24 << 20);
    let small = Sandbox::builder().memory(16 << 20).build().unwrap();
    let err = small.restore(&snap).unwrap_err();
    assert!(matches!(err, Error::Limit { kind: LimitKind::Memory, .. }), "{err}");
    // Session::restore keeps the current interpreter when it fails.
    let mut keep = small.session().unwrap();
    keep.exec("x = 5").unwrap();
    assert!(keep.restore(&snap).is_err());
    assert_eq!(eval(&mut keep, "x"), "5");
    keep.restore(&Sandbox::new().unwrap().session().unwrap().snapshot().unwrap()).unwrap();
    assert_eq!(s.eval("x").unwrap_err().type_name(), "NameError");
}

#[test]
fn poisoned_session_cannot_be_captured() {
    let mut s = Sandbox::builder().fuel(Some(100_000)).build().unwrap().session().unwrap();
    assert_eq!(s.exec("while True: pass").unwrap_err().kind(), ErrorKind::Limit);
    assert!(matches!(s.snapshot().unwrap_err(), Error::Poisoned));
}

#[test]
fn a_fresh_session_snapshot_restores_to_a_working_interpreter() {
    let mut fresh = Sandbox::new().unwrap().session().unwrap();
    let snap = fresh.snapshot().unwrap();
    // Nothing differs from the base image: the bytes are the header alone.
    let bytes = snap.to_bytes().to_vec();
    assert_eq!(bytes.len(), 8 + 32 + 8 + 32 + 32);
    let mut s = Sandbox::new().unwrap().restore(&Snapshot::from_bytes(&bytes).unwrap()).unwrap();
    let out = s.exec("print('hello from a restored interpreter')").unwrap();
    assert_eq!(out.stdout_text(), "hello from a restored interpreter\n");
    assert_eq!(fresh.exec("print(2)").unwrap().stdout_text(), "2\n");
}

#[test]
fn output_goes_to_the_restored_session_not_the_source() {
    let mut source = Sandbox::new().unwrap().session().unwrap();
    source.exec("import sys\nprint('before')\nsys.stderr.write('err before\\n')").unwrap();
    let mut restored = Sandbox::new().unwrap().restore(&source.snapshot().unwrap()).unwrap();
    let out = restored.exec("print('mine')\nsys.stderr.write('err mine\\n')").unwrap();
    assert_eq!(out.stdout_text(), "mine\n");
    assert_eq!(out.stderr_text(), "err mine\n");
    assert_eq!(source.exec("print('still')").unwrap().stdout_text(), "still\n");
}

#[test]
fn random_gets_a_new_seed_in_every_restored_copy() {
    let mut source = Sandbox::new().unwrap().session().unwrap();
    source.exec("import random\nrandom.getrandbits(8)").unwrap();
    let snap = source.snapshot().unwrap();
    let draw = "[random.getrandbits(32) for _ in range(4)]";
    let sandbox = Sandbox::new().unwrap();
    let a = eval(&mut sandbox.restore(&snap).unwrap(), draw);
    let b = eval(&mut sandbox.restore(&snap).unwrap(), draw);
    let c = eval(&mut source, draw);
    assert_ne!(a, b);
    assert_ne!(a, c);
    assert_ne!(b, c);
}

#[test]
fn grants_are_rebound_by_guest_path_and_open_files_read_as_closed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/a.txt"), "alpha").unwrap();
    let granted = Sandbox::builder().dir(dir.path(), "/data", DirAccess::ReadWrite).build().unwrap();
    let mut source = granted.session().unwrap();
    source.exec("import os\nos.chdir('sub')\nf = open('a.txt')\nit = os.ilistdir('.')").unwrap();
    let snap = source.snapshot().unwrap();

    let mut same = granted.restore(&snap).unwrap();
    assert_eq!(eval(&mut same, "os.getcwd()"), "'/data/sub'");
    assert_eq!(eval(&mut same, "open('a.txt').read()"), "'alpha'");
    assert_eq!(same.exec("f.read()").unwrap_err().type_name(), "ValueError");
    assert_eq!(eval(&mut same, "list(it)"), "[]");
    same.exec("f.close()\nopen('b.txt', 'w').write('beta')").unwrap();
    assert_eq!(std::fs::read_to_string(dir.path().join("sub/b.txt")).unwrap(), "beta");
    // The source's own file and listing are unaffected.
    assert_eq!(eval(&mut source, "f.read()"), "'alpha'");
    assert_eq!(eval(&mut source, "[e[0] for e in it]"), "['a.txt']");

    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("c.txt"), "gamma").unwrap();
    let elsewhere = Sandbox::builder().dir(other.path(), "/other", DirAccess::ReadOnly).build().unwrap();
    let mut moved = elsewhere.restore(&snap).unwrap();
    assert_eq!(eval(&mut moved, "os.getcwd()"), "'/other'");
    assert_eq!(eval(&mut moved, "open('c.txt').read()"), "'gamma'");
    assert_eq!(moved.exec("open('/data/sub/a.txt')").unwrap_err().type_name(), "FileNotFoundError");
    assert_eq!(eval(&mut moved, "sorted(os.listdir('/'))"), "['other']");

    let mut none = Sandbox::new().unwrap().restore(&snap).unwrap();
    assert_eq!(eval(&mut none, "os.listdir('/')"), "[]");
}

#[test]
fn restored_heap_survives_collections_under_pressure() {
    let mut source = session_with_state();
    source.exec("import gc\ngc.threshold(1024)").unwrap();
    let mut s = Sandbox::new().unwrap().restore(&source.snapshot().unwrap()).unwrap();
    s.exec(
        r#"
for r in range(30):
    words = ("alpha beta %d" % r).split()
    d = dict(zip(words, range(3)))
    assert json.loads(json.dumps({"w": words, "d": d})) == {"w": words, "d": d}
    extra = {i: [i, str(i)] for i in range(300)}
    assert all(extra[i][1] == str(i) for i in range(300))
gc.collect()
"#,
    )
    .unwrap();
    assert_eq!(eval(&mut s, STATE_PROBE), STATE_AFTER);
}

#[test]
fn host_functions_work_after_a_restore() {
    let sandbox = Sandbox::builder().function("twice", |x: i64| Ok::<_, String>(x * 2)).build().unwrap();
    let mut source = sandbox.session().unwrap();
    source.exec("from host import twice").unwrap();
    let mut s = sandbox.restore(&source.snapshot().unwrap()).unwrap();
    assert_eq!(eval(&mut s, "twice(21)"), "42");
}

#[test]
fn a_restore_sees_the_restoring_sandboxs_functions_even_after_host_was_imported() {
    let one = Sandbox::builder().function("one", |_: ()| Ok::<_, String>(1)).build().unwrap();
    let mut source = one.session().unwrap();
    source.exec("import host\nfrom host import one\nkept = one").unwrap();
    let snapshot = source.snapshot().unwrap();

    let more = Sandbox::builder()
        .function("one", |_: ()| Ok::<_, String>(1))
        .function("two", |_: ()| Ok::<_, String>(2))
        .build()
        .unwrap();
    let mut s = more.restore(&snapshot).unwrap();
    assert_eq!(eval(&mut s, "host.two() + kept()"), "3");
    s.exec("from host import two").unwrap();
    assert_eq!(eval(&mut s, "sorted(dir(host)).count('two'), host.functions()"), "(1, ['one', 'two'])");

    // Under a sandbox that grants nothing, the names are gone and a
    // function imported before the capture is refused by the host.
    let none = Sandbox::new().unwrap();
    let mut s = none.restore(&snapshot).unwrap();
    assert_eq!(eval(&mut s, "hasattr(host, 'one'), host.functions()"), "(False, [])");
    let err = s.exec("kept()").unwrap_err();
    assert!(err.to_string().contains("'one'"), "{err}");
}

#[test]
fn a_fresh_instance_starts_pre_initialized() {
    // The component carries the interpreter's start-up in its memory image,
    // so a fresh instance's first call only adds binding its own grants and
    // streams (about 1,500 instructions) to what the same call costs later;
    // running start-up there would add over 6,000 more.
    let mut s = Sandbox::builder().fuel(Some(u64::MAX)).build().unwrap().session().unwrap();
    let first = s.exec("pass").unwrap().stats.fuel.unwrap();
    // Not the same text: a repeated source is not compiled again.
    let later = s.exec("pass\n").unwrap().stats.fuel.unwrap();
    assert!(first < later + 4_000, "first call {first} fuel, a later one {later}");
}

#[test]
fn a_garbage_image_traps_as_an_internal_error_with_the_backtrace_apart() {
    // A snapshot whose image is garbage but whose digests are right (anyone
    // can compute them): restoring it is running a broken interpreter, and
    // the trap that follows must be reported plainly, not crash anything.
    let real = session_with_state().snapshot().unwrap().to_bytes().to_vec();
    const HEADER: usize = 8 + 32 + 8 + 32 + 32;
    let size = u64::from_le_bytes(real[40..48].try_into().unwrap()) as u32;
    // One run over the whole image, every byte 0x7f: pointers near 2 GiB,
    // out of bounds, and not the shadow stack's wrap.
    let mut bytes = real[..HEADER].to_vec();
    bytes.extend_from_slice(&0u32.to_le_bytes());
    bytes.extend_from_slice(&size.to_le_bytes());
    bytes.resize(bytes.len() + size as usize, 0x7f);
    let digest = *blake3::hash(&bytes[HEADER..]).as_bytes();
    bytes[HEADER - 32..HEADER].copy_from_slice(&digest);
    let snapshot = Snapshot::from_bytes(&bytes).expect("the digests are right");
    let sandbox = Sandbox::new().unwrap();
    let failure = match sandbox.restore(&snapshot) {
        Ok(mut session) => {
            let err = session.exec("print(1)").expect_err("a garbage interpreter cannot run");
            assert!(session.is_poisoned() || !matches!(err, Error::Internal { .. }), "{err}");
            err
        }
        Err(err) => err,
    };
    match &failure {
        Error::Internal { message, backtrace, .. } => {
            assert!(message.contains("wasm trap") && message.contains("reset the session"), "{message}");
            assert!(!message.contains("wasm backtrace"), "the backtrace belongs in its own field: {message}");
            assert!(backtrace.as_deref().is_some_and(|b| !b.is_empty()), "{failure:?}");
            assert_eq!(failure.backtrace(), backtrace.as_deref());
        }
        other => panic!("expected an internal error, got {other:?}"),
    }
    // The runtime is unharmed.
    assert_eq!(sandbox.run("print(2)").unwrap().stdout_text(), "2\n");
}

#[test]
fn a_restored_session_outlives_its_snapshot_and_its_source() {
    let mut source = session_with_state();
    let snap = source.snapshot().unwrap();
    let mut restored = Sandbox::new().unwrap().restore(&snap).unwrap();
    drop(snap);
    source.exec("table.clear()").unwrap();
    drop(source);
    // Writes all over the restored heap, then a collection that reads it all.
    restored.exec("for i in range(5000):\n    table[i] = table[i] + '!'\nimport gc\ngc.collect()").unwrap();
    assert_eq!(eval(&mut restored, "(len(table), table[4321], counter.n)"), "(5000, '432143214321!', 41)");
}

#[test]
fn a_restored_session_captures_and_restores_again() {
    let fueled = Sandbox::builder().fuel(Some(1_000_000_000)).build().unwrap();
    let plain = Sandbox::new().unwrap();
    let mut level = session_with_state();
    for depth in 1..=3 {
        level.exec(&format!("counter.bump(100)\ntable[-{depth}] = 'level {depth}'")).unwrap();
        let snap = level.snapshot().unwrap();
        // Metered and unmetered engines restore the same image.
        level = if depth % 2 == 0 { fueled.restore(&snap).unwrap() } else { plain.restore(&snap).unwrap() };
    }
    assert_eq!(eval(&mut level, "(counter.n, table[-1], table[-3], len(table))"), "(341, 'level 1', 'level 3', 5003)");
}

#[test]
fn restored_sessions_leave_nothing_behind_for_later_fresh_ones() {
    let sandbox = Sandbox::new().unwrap();
    let snap = session_with_state().snapshot().unwrap();
    let restored: Vec<Session> = (0..16)
        .map(|_| {
            let mut s = sandbox.restore(&snap).unwrap();
            s.exec("counter.bump()").unwrap();
            s
        })
        .collect();
    drop(restored);
    for _ in 0..32 {
        let mut fresh = sandbox.session().unwrap();
        assert_eq!(eval(&mut fresh, "[n for n in ('table', 'counter', 'big') if n in globals()]"), "[]");
        fresh.exec("x = [str(i) for i in range(2000)]\nimport gc\ngc.collect()").unwrap();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn live_snapshots_do_not_hold_a_file_descriptor_each() {
    let open_fds = || std::fs::read_dir("/proc/self/fd").unwrap().count();
    let sandbox = Sandbox::new().unwrap();
    let mut s = sandbox.session().unwrap();
    let before = open_fds();
    // Far fewer than a default RLIMIT_NOFILE of 1024 would allow either
    // way; other tests' transient descriptors stay well under the margin.
    let snaps: Vec<Snapshot> = (0..200)
        .map(|i| {
            s.exec(&format!("x = {i}")).unwrap();
            s.snapshot().unwrap()
        })
        .collect();
    assert!(open_fds() < before + 100, "{} descriptors for {} snapshots", open_fds() - before, snaps.len());
    let mut last = sandbox.restore(snaps.last().unwrap()).unwrap();
    assert_eq!(eval(&mut last, "x"), "199");
}

#[test]
fn a_snapshot_in_recycled_storage_holds_its_own_zeros_not_the_old_bytes() {
    let sandbox = Sandbox::new().unwrap();
    // Two sessions that allocate alike, so their images have the same size
    // and the second may take the first's storage once it is dropped.
    let fill = |byte: &str| {
        let mut s = sandbox.session().unwrap();
        s.exec(&format!("n = 1 << 20\nbuf = bytearray(n)\ntmp = b'{byte}' * n\nbuf[:] = tmp\ndel tmp")).unwrap();
        s
    };
    let mut patterned = fill("\\xa5");
    let old = patterned.snapshot().unwrap();
    let old_size = old.memory_size();
    drop(old);
    let mut zeroed = fill("\\x00");
    let snap = zeroed.snapshot().unwrap();
    assert_eq!(snap.memory_size(), old_size, "the test needs images of one size");
    let mut restored = sandbox.restore(&snap).unwrap();
    assert_eq!(eval(&mut restored, "buf == bytearray(n)"), "True");
    assert_eq!(eval(&mut patterned, "buf == bytearray(b'\\xa5' * n)"), "True");
}

/// A sandbox on its own runtime, signing snapshots with `key` (or not).
fn keyed_sandbox(key: Option<&[u8]>) -> Sandbox {
    let mut builder = mpsandbox::Runtime::builder().instance_pool(0);
    if let Some(key) = key {
        builder = builder.snapshot_key(key);
    }
    Sandbox::builder().runtime(&builder.build().unwrap()).build().unwrap()
}

fn refusal(result: Result<Session, Error>) -> String {
    match result {
        Err(Error::InvalidSnapshot(why)) => why,
        other => panic!("expected InvalidSnapshot, got {other:?}"),
    }
}

#[test]
fn signed_snapshots_restore_only_under_their_key_and_unaltered() {
    let key = b"a secret of at least thirty-two bytes!!";
    let signer = keyed_sandbox(Some(key));
    assert!(signer.runtime().signs_snapshots());
    let mut s = signer.session().unwrap();
    s.exec("x = 41").unwrap();
    let bytes = s.snapshot().unwrap().to_bytes().to_vec();
    assert!(bytes.starts_with(b"MPSNAPK2"));

    // The same key in another runtime (another process, in effect) restores it.
    let same = keyed_sandbox(Some(key));
    let read = same.runtime().snapshot_from_bytes(&bytes).unwrap();
    assert_eq!(eval(&mut same.restore(&read).unwrap(), "x + 1"), "42");
    // Signed bytes round-trip through from_bytes/to_bytes unchanged.
    assert_eq!(Snapshot::from_bytes(&bytes).unwrap().to_bytes(), &bytes[..]);
    // A runtime without a key keeps today's behaviour: it restores them.
    let open = keyed_sandbox(None);
    assert_eq!(eval(&mut open.restore(&Snapshot::from_bytes(&bytes).unwrap()).unwrap(), "x"), "41");

    // Another key: refused, named as such, at read time and at restore.
    let other = keyed_sandbox(Some(b"another secret, also long enough......"));
    let why = match other.runtime().snapshot_from_bytes(&bytes) {
        Err(Error::InvalidSnapshot(why)) => why,
        r => panic!("{r:?}"),
    };
    assert!(why.contains("another key"), "{why}");
    assert!(refusal(other.restore(&Snapshot::from_bytes(&bytes).unwrap())).contains("another key"));
    // A snapshot captured in-process under another key is refused the same way.
    assert!(refusal(other.restore(&s.snapshot().unwrap())).contains("another key"));

    // Unsigned bytes (a runtime without a key captured them): refused.
    let mut plain = open.session().unwrap();
    plain.exec("x = 1").unwrap();
    let unsigned = plain.snapshot().unwrap().to_bytes().to_vec();
    assert!(refusal(same.restore(&Snapshot::from_bytes(&unsigned).unwrap())).contains("not signed"));
    // Stripping the signature off signed bytes makes them unsigned, not valid.
    let mut stripped = bytes[..bytes.len() - 40].to_vec();
    stripped[..8].copy_from_slice(b"MPSNAP02");
    assert!(refusal(same.restore(&Snapshot::from_bytes(&stripped).unwrap())).contains("not signed"));

    // Altered: change the image and fix up the (unkeyed) digest, as an
    // attacker without the key can; only the MAC catches it.
    let mut altered = bytes.clone();
    let body_start = 8 + 32 + 8 + 32 + 32;
    let body_end = altered.len() - 40;
    altered[body_end - 1] ^= 0x55;
    let digest = *blake3::hash(&altered[body_start..body_end]).as_bytes();
    altered[body_start - 32..body_start].copy_from_slice(&digest);
    let read = Snapshot::from_bytes(&altered).expect("the digest matches again");
    assert!(refusal(same.restore(&read)).contains("altered"));
}

#[test]
fn an_empty_snapshot_key_is_a_configuration_error() {
    let err = mpsandbox::Runtime::builder().snapshot_key(b"").build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config, "{err}");
}
