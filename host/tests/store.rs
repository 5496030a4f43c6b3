//! `mpsandbox::store` against a real redis-server and a real moto S3 server
//! on loopback (each on a free port, killed when the test ends): a session
//! saved and loaded elsewhere keeps its globals and functions; a lost
//! compare-and-swap changes nothing; a store that goes down is `Unavailable`
//! and works again when it is back; a tampered image is refused by the
//! signature check; expired state reads as absent.

// Shared with the CLI tests, which use the rest of it.
#[allow(dead_code)]
#[path = "../cli/tests/common/venv.rs"]
mod venv;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use mpsandbox::store::{Header, SnapshotStore, StoreError};
use mpsandbox::{ErrorKind, Runtime, Sandbox};

const HOUR: Duration = Duration::from_secs(3600);

/// One runtime for every test, signing with a fixed key.
fn sandbox() -> Sandbox {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    let runtime = RUNTIME.get_or_init(|| Runtime::builder().snapshot_key([7u8; 32]).build().unwrap());
    Sandbox::builder().runtime(runtime).build().unwrap()
}

/// moto refuses anonymous reads but takes any credentials (it does not
/// check signatures): the requests are signed as they would be for AWS.
/// Set once, first thing in every test, before any thread reads them.
fn credentials() {
    static SET: std::sync::Once = std::sync::Once::new();
    SET.call_once(|| {
        std::env::set_var("AWS_ACCESS_KEY_ID", "mpsandbox-test");
        std::env::set_var("AWS_SECRET_ACCESS_KEY", "mpsandbox-test-secret");
    });
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A store server on loopback, killed when dropped.
struct Server {
    kind: Kind,
    port: u16,
    child: Option<Child>,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    Redis,
    S3,
}

const BUCKET: &str = "snapshots";

impl Server {
    fn start(kind: Kind) -> Server {
        let mut server = Server { kind, port: free_port(), child: None };
        server.up();
        server
    }

    fn up(&mut self) {
        let port = self.port.to_string();
        let mut command = match self.kind {
            Kind::Redis => {
                let mut c = Command::new("redis-server");
                c.args(["--port", &port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
                c
            }
            Kind::S3 => {
                let mut c = Command::new(venv::moto_server());
                c.args(["-H", "127.0.0.1", "-p", &port]);
                c
            }
        };
        let child = command.stdout(Stdio::null()).stderr(Stdio::null()).spawn();
        self.child = Some(child.unwrap_or_else(|e| panic!("cannot start the {:?} server: {e}", self.kind)));
        wait_port(self.port);
        if let Kind::S3 = self.kind {
            // moto keeps everything in memory: a new server has no bucket.
            assert_eq!(http(self.port, "PUT", &format!("/{BUCKET}"), b""), 200);
        }
    }

    fn down(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn url(&self) -> String {
        match self.kind {
            Kind::Redis => format!("redis://127.0.0.1:{}/0", self.port),
            Kind::S3 => format!("s3://{BUCKET}/tests?endpoint=http://127.0.0.1:{}&region=us-east-1", self.port),
        }
    }

    fn store(&self, ttl: Duration) -> SnapshotStore {
        wait(SnapshotStore::connect(&self.url(), ttl)).unwrap()
    }

    /// Overwrites stored bytes behind the store's back, as someone with
    /// access to Redis or the bucket could.
    fn overwrite_blob(&self, hash: &str, bytes: &[u8]) {
        match self.kind {
            Kind::Redis => {
                let mut child = Command::new("redis-cli")
                    .args(["-p", &self.port.to_string(), "-x", "SET", &format!("mpsandbox:blob:{hash}")])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .spawn()
                    .unwrap();
                child.stdin.take().unwrap().write_all(bytes).unwrap();
                assert!(child.wait().unwrap().success());
            }
            // moto takes unsigned requests.
            Kind::S3 => assert_eq!(http(self.port, "PUT", &format!("/{BUCKET}/tests/blob/{hash}"), bytes), 200),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.down();
    }
}

/// A minimal HTTP/1.1 request to moto, with an Authorization header moto
/// parses but does not check; returns the status.
const AUTHORIZATION: &str = "Authorization: AWS4-HMAC-SHA256 \
    Credential=mpsandbox-test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0";

fn http(port: u16, method: &str, path: &str, body: &[u8]) -> u16 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{AUTHORIZATION}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    answer.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

fn each_backend(test: impl Fn(Server)) {
    credentials();
    for kind in [Kind::Redis, Kind::S3] {
        test(Server::start(kind));
    }
}

/// Runs a store call to its end. The store is async and a session is not
/// (it blocks on a runtime of its own), so a synchronous caller keeps a
/// runtime for the store, as here: one per test thread, which every store
/// of the test shares (a Redis connection lives on the runtime that made it).
fn wait<F: std::future::Future>(call: F) -> F::Output {
    thread_local! {
        static RUNTIME: tokio::runtime::Runtime =
            tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    }
    RUNTIME.with(|rt| rt.block_on(call))
}

#[test]
fn a_saved_session_continues_elsewhere_with_its_globals_and_functions() {
    each_backend(|server| {
        let store = server.store(HOUR);
        let sandbox = sandbox();
        let mut session = sandbox.session().unwrap();
        session.exec("x = 41\ndef f():\n    return x + 1").unwrap();
        let saved = wait(store.save("job:1", &session.snapshot().unwrap(), None)).unwrap();
        drop(session);

        // Another connection, as another process would have.
        let other = server.store(HOUR);
        let (read, bytes) = wait(other.load("job:1")).unwrap().expect("the saved session");
        assert_eq!(read, saved);
        let snapshot = sandbox.runtime().snapshot_from_bytes(&bytes).unwrap();
        let mut restored = sandbox.restore(&snapshot).unwrap();
        assert_eq!(restored.eval("f()").unwrap().value.as_deref(), Some("42"), "{:?}", server.kind);

        assert_eq!(wait(other.load("job:2")).unwrap(), None);
        wait(other.delete("job:1")).unwrap();
        assert_eq!(wait(store.load("job:1")).unwrap(), None);
        wait(other.delete("job:1")).unwrap();
    });
}

#[test]
fn a_lost_compare_and_swap_changes_nothing() {
    each_backend(|server| {
        let store = server.store(HOUR);
        let sandbox = sandbox();
        let mut session = sandbox.session().unwrap();
        session.exec("v = 1").unwrap();
        let first = wait(store.save("race", &session.snapshot().unwrap(), None)).unwrap();
        // Two writers read `first`; one wins.
        session.exec("v = 2").unwrap();
        let second = wait(store.save("race", &session.snapshot().unwrap(), Some(&first))).unwrap();
        session.exec("v = 3").unwrap();
        let lost = wait(store.save("race", &session.snapshot().unwrap(), Some(&first)));
        assert!(matches!(&lost, Err(StoreError::Conflict { name }) if name == "race"), "{lost:?}");
        let created_twice = wait(store.save("race", &session.snapshot().unwrap(), None));
        assert!(matches!(created_twice, Err(StoreError::Conflict { .. })), "{created_twice:?}");

        let (revision, bytes) = wait(store.load("race")).unwrap().unwrap();
        assert_eq!(revision, second);
        let mut restored = sandbox.restore(&sandbox.runtime().snapshot_from_bytes(&bytes).unwrap()).unwrap();
        assert_eq!(restored.eval("v").unwrap().value.as_deref(), Some("2"), "{:?}", server.kind);

        // The caller's own fields ride along, and a header may name no blob.
        let mut meta = serde_json::Map::new();
        meta.insert("owner".into(), "alice".into());
        let plain = Header { blob: None, meta };
        let r = wait(store.swap("note", None, &plain)).unwrap();
        assert_eq!(wait(store.header("note")).unwrap(), Some((r, plain)));
        let nothing = wait(store.load("note"));
        assert!(matches!(nothing, Err(StoreError::Corrupt { .. })), "{nothing:?}");
    });
}

#[test]
fn a_store_that_goes_down_is_unavailable_and_works_again_when_back() {
    each_backend(|mut server| {
        let store = server.store(HOUR);
        let mut session = sandbox().session().unwrap();
        session.exec("n = 5").unwrap();
        let snapshot = session.snapshot().unwrap();
        wait(store.save("up", &snapshot, None)).unwrap();

        server.down();
        let url = server.url();
        for failed in [wait(store.save("down", &snapshot, None)).map(drop), wait(store.load("up")).map(drop)] {
            match failed {
                Err(StoreError::Unavailable { url: u, reason }) => {
                    assert_eq!(u, url);
                    assert!(!reason.is_empty());
                }
                other => panic!("{:?}: expected Unavailable, got {other:?}", server.kind),
            }
        }
        let refused = wait(SnapshotStore::connect(&url, HOUR));
        assert!(matches!(refused, Err(StoreError::Unavailable { .. })), "{refused:?}");

        // Back (empty: neither keeps data across a restart here).
        server.up();
        let r = wait(store.save("down", &snapshot, None)).unwrap();
        assert_eq!(wait(store.load("down")).unwrap().map(|(rev, _)| rev), Some(r), "{:?}", server.kind);
    });
}

#[test]
fn a_tampered_image_is_refused_by_the_signature_check() {
    each_backend(|server| {
        let store = server.store(HOUR);
        let sandbox = sandbox();
        let mut session = sandbox.session().unwrap();
        session.exec("secret = 42").unwrap();
        wait(store.save("t", &session.snapshot().unwrap(), None)).unwrap();
        let (_, header) = wait(store.header("t")).unwrap().unwrap();
        let blob = header.blob.unwrap();
        let mut bytes = wait(store.blob(&blob)).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 1;
        server.overwrite_blob(blob.as_str(), &bytes);

        let (_, read) = wait(store.load("t")).unwrap().unwrap();
        assert_eq!(read, bytes, "the store hands back what it holds");
        let refused = sandbox.runtime().snapshot_from_bytes(&read).unwrap_err();
        assert_eq!(refused.kind(), ErrorKind::InvalidSnapshot, "{:?}: {refused}", server.kind);

        // Pointing the header at other bytes is no better.
        let forged = wait(store.put_blob(b"not a snapshot")).unwrap();
        let (revision, _) = wait(store.header("t")).unwrap().unwrap();
        wait(store.swap("t", Some(&revision), &Header { blob: Some(forged), ..Header::default() })).unwrap();
        let (_, read) = wait(store.load("t")).unwrap().unwrap();
        let refused = sandbox.runtime().snapshot_from_bytes(&read).unwrap_err();
        assert_eq!(refused.kind(), ErrorKind::InvalidSnapshot);
    });
}

#[test]
fn expired_state_reads_as_absent_and_can_be_created_again() {
    each_backend(|server| {
        let store = server.store(Duration::from_secs(1));
        let mut session = sandbox().session().unwrap();
        let snapshot = session.snapshot().unwrap();
        wait(store.save("brief", &snapshot, None)).unwrap();
        assert!(wait(store.load("brief")).unwrap().is_some());
        std::thread::sleep(Duration::from_millis(1300));
        assert_eq!(wait(store.load("brief")).unwrap(), None, "{:?}", server.kind);
        let again = wait(store.save("brief", &snapshot, None)).unwrap();
        assert_eq!(wait(store.load("brief")).unwrap().map(|(r, _)| r), Some(again));
    });
}

#[test]
fn bad_urls_and_names_are_typed_errors() {
    credentials();
    for url in ["ftp://x/y", "nothing", "s3://bucket/p?color=red"] {
        let e = wait(SnapshotStore::connect(url, HOUR)).unwrap_err();
        assert!(matches!(&e, StoreError::BadUrl { url: u, .. } if u == url), "{url}: {e:?}");
        assert!(e.to_string().contains(url), "{e}");
    }
    let server = Server::start(Kind::S3);
    let missing = format!("s3://no-such-bucket?endpoint=http://127.0.0.1:{}", server.port);
    let e = wait(SnapshotStore::connect(&missing, HOUR)).unwrap_err();
    assert!(matches!(&e, StoreError::BadUrl { reason, .. } if reason.contains("create it")), "{e:?}");
    let store = server.store(HOUR);
    for name in ["", "blob:abc", "a/b", "a::b", "space name"] {
        let e = wait(store.header(name)).unwrap_err();
        assert!(matches!(e, StoreError::BadName { .. }), "{name:?}: {e:?}");
    }
}
