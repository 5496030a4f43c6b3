//! Python tools the tests drive, each pinned in a venv under target/ made
//! when missing or at another version (shared with the library's tests,
//! host/tests/store.rs, which include this file by path).

use std::path::PathBuf;
use std::process::Command;

/// The official Python MCP SDK, pinned: the client that drives `mpsandbox
/// mcp` and the server that tool tests call.
pub const MCP_SDK: &str = "mcp==2.3.0";

/// moto's S3 API server (`moto_server`), pinned: the S3 the snapshot store
/// is tested against. 5.2.6 has conditional writes (`If-Match`,
/// `If-None-Match: *`) on PutObject, which the store's compare-and-swap uses.
pub const MOTO: &str = "moto[server]==5.2.6";

/// The repository's root: the test's package is host/ or host/cli/.
fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.ancestors().find(|d| d.join("Cargo.lock").exists()).expect("the workspace root").to_path_buf()
}

/// A python in target/`name` with `requirement` (`package[extras]==version`)
/// installed, made or updated when it is missing or at another version.
pub fn python(name: &str, requirement: &str) -> PathBuf {
    static MADE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = MADE.lock().unwrap_or_else(|e| e.into_inner());
    let venv = root().join("target").join(name);
    let python = venv.join("bin/python");
    let (package, version) = requirement.split_once("==").expect("a pinned requirement");
    let package = package.split('[').next().unwrap_or(package);
    let check = format!("import importlib.metadata as m; assert m.version('{package}') == '{version}'");
    let ready = || Command::new(&python).args(["-c", &check]).status().is_ok_and(|s| s.success());
    if !ready() {
        let made = Command::new("python3").args(["-m", "venv"]).arg(&venv).status().unwrap();
        assert!(made.success(), "python3 -m venv {} failed", venv.display());
        let pip = Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement])
            .status()
            .unwrap();
        assert!(pip.success(), "pip install {requirement} failed");
        assert!(ready(), "{requirement} is not importable after installing it");
    }
    python
}

/// A python with [`MCP_SDK`] (target/mcp-venv).
pub fn mcp_python() -> PathBuf {
    python("mcp-venv", MCP_SDK)
}

/// moto's `moto_server` script (target/moto-venv).
pub fn moto_server() -> PathBuf {
    python("moto-venv", MOTO).with_file_name("moto_server")
}
