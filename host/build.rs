//! Hashes the built-in interpreter component at build time, so a process
//! does not spend its start-up hashing 600 KB to name its cache entry.

fn main() {
    let path = "component/interpreter.wasm";
    println!("cargo:rerun-if-changed={path}");
    let wasm = std::fs::read(path).expect("host/component/interpreter.wasm is committed");
    let digest = blake3::hash(&wasm);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("component_digest.rs");
    std::fs::write(out, format!("{:?}", digest.as_bytes())).unwrap();
}
