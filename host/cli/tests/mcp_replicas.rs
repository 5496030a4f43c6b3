//! Sessions that survive a replica: three `mpsandbox mcp --http` replicas
//! share a session store (Redis, or S3 on moto's server) behind HAProxy
//! (round robin), inside a
//! loopback-only network namespace that tests/mcp/replicas.sh makes; the
//! official Python SDK holds a conversation through the balancer while
//! replicas are killed, and the store's snapshots are tampered with and the
//! store taken down and back.

mod common;

use std::process::Command;

use common::text;

fn replicas(mode: &str) -> serde_json::Value {
    replicas_on("redis", mode)
}

/// replicas.sh `mode` with the store `store` (`redis` or `s3`).
fn replicas_on(store: &str, mode: &str) -> serde_json::Value {
    let mut command = Command::new(common::repo_root().join("tests/mcp/replicas.sh"));
    command.args([env!("CARGO_BIN_EXE_mpsandbox"), common::mcp_python().to_str().unwrap(), mode]).env("STORE", store);
    if store == "s3" {
        command.env("MOTO_SERVER", common::moto_server());
    }
    let out = command.output().unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "replicas.sh {mode} failed:\n{stdout}\n{}", text(&out.stderr));
    serde_json::from_str(stdout.lines().last().unwrap_or_default()).unwrap()
}

#[test]
fn a_session_survives_the_replicas_that_served_it() {
    let report = replicas("replicas");
    assert_eq!(report["checks"], "passed", "{report}");
}

#[test]
fn a_session_survives_the_replicas_that_served_it_with_its_state_in_s3() {
    let report = replicas_on("s3", "replicas");
    assert_eq!(report["checks"], "passed", "{report}");
}

#[test]
fn a_replica_killed_mid_write_tampered_snapshots_and_a_store_that_goes_away_lose_nothing() {
    let report = replicas("faults");
    assert_eq!(report["checks"], "passed", "{report}");
    assert_eq!(report["kinds"].as_array().unwrap().last().unwrap(), "invalid_snapshot");
    // The first replica killed while the store held its writes.
    assert_eq!(report["killed_while_writing"], "the session was as before the call", "{report}");
}

#[test]
fn a_store_needs_a_signing_key_and_an_answer() {
    let unsigned = common::command()
        .args(["mcp", "--http", "127.0.0.1:0", "--session-store", "redis://127.0.0.1:1/0"])
        .env_remove("MPSANDBOX_SNAPSHOT_KEY_FILE")
        .output()
        .unwrap();
    assert_eq!(unsigned.status.code(), Some(2));
    assert!(text(&unsigned.stderr).contains("set MPSANDBOX_SNAPSHOT_KEY_FILE"), "{}", text(&unsigned.stderr));
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key");
    std::fs::write(&key, [7u8; 32]).unwrap();
    let down = common::command()
        .args(["mcp", "--http", "127.0.0.1:0", "--session-store", "redis://127.0.0.1:1/0"])
        .env("MPSANDBOX_SNAPSHOT_KEY_FILE", &key)
        .output()
        .unwrap();
    assert_eq!(down.status.code(), Some(2));
    assert!(text(&down.stderr).contains("--session-store redis://127.0.0.1:1/0"), "{}", text(&down.stderr));
}
