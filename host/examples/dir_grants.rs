//! Directory grants: files exist for the guest only inside directories the
//! embedder grants, read-only (enforced by the host) or read-write. `..` and
//! symlinks cannot leave a grant; every other path does not exist.
//!
//!     cargo run --release --example dir_grants

use mpsandbox::{DirAccess, Error, Sandbox};

const PROGRAM: &str = r#"
import os
rows = [line.split(",") for line in open("/data/prices.csv").read().split()]
total = sum(float(price) for _, price in rows)
with open("/out/total.txt", "w") as f:
    f.write("%.2f\n" % total)
for path in ("/data/new.txt", "/etc/passwd", "/data/../../etc/passwd"):
    try:
        open(path, "w" if path.startswith("/data/new") else "r")
        print(path, "opened")
    except OSError as e:
        print(path, "refused:", e.errno)
print(sorted(os.listdir("/")))
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = tempfile::tempdir()?;
    let out = tempfile::tempdir()?;
    std::fs::write(data.path().join("prices.csv"), "apple,1.25\npear,2.50\n")?;

    let sandbox = Sandbox::builder()
        .dir(data.path(), "/data", DirAccess::ReadOnly) // the first grant is the working directory
        .dir(out.path(), "/out", DirAccess::ReadWrite)
        .build()?;
    let result = sandbox.run(PROGRAM)?;
    print!("{}", result.stdout_text());

    assert_eq!(std::fs::read_to_string(out.path().join("total.txt"))?, "3.75\n");
    assert!(!data.path().join("new.txt").exists(), "a read-only grant was written");
    let lines: Vec<String> = result.stdout_text().lines().map(String::from).collect();
    assert!(lines[0].starts_with("/data/new.txt refused"), "{lines:?}");
    assert!(lines[1].starts_with("/etc/passwd refused"), "{lines:?}");
    assert!(lines[2].contains("refused"), "{lines:?}");

    // A grant that cannot be opened is the caller's error, found at build.
    match Sandbox::builder().dir("/no/such/dir", "/x", DirAccess::ReadOnly).build() {
        Err(Error::Config(e)) => println!("refused at build: {e}"),
        other => panic!("{other:?}"),
    }
    Ok(())
}
