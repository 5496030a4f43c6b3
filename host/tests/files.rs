//! Files: nothing outside a grant is reachable, read-only grants are enforced
//! by the host, and read-write grants behave like a normal directory.

mod common;

use std::fs;

use common::snapshot;
use mpsandbox::{DirAccess, Sandbox};

fn tree() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("hello.txt"), "hello\nworld\n").unwrap();
    fs::create_dir(d.path().join("sub")).unwrap();
    fs::write(d.path().join("sub/helper.py"), "def twice(x):\n    return 2 * x\n").unwrap();
    d
}

fn run(sb: &Sandbox, code: &str) -> String {
    sb.run(code).unwrap_or_else(|e| panic!("{e}")).stdout_text()
}

#[test]
fn read_only_grant_reads_lists_and_imports() {
    let d = tree();
    let sb = Sandbox::builder().dir(d.path(), "/data", DirAccess::ReadOnly).build().unwrap();
    let code = r#"
import os, sys
print(os.getcwd())
print(sorted(os.listdir('/data')))
print(open('/data/hello.txt').read().split())
with open('hello.txt', 'rb') as f:
    print(f.read(5), f.tell())
print(os.stat('/data/hello.txt')[6], os.stat('/data/sub')[0] & 0x4000 != 0)
sys.path.insert(0, '/data/sub')
import helper
print(helper.twice(21))
print(sorted(os.listdir('/')))
"#;
    assert_eq!(run(&sb, code), "/data\n['hello.txt', 'sub']\n['hello', 'world']\nb'hello' 5\n12 True\n42\n['data']\n");
}

#[test]
fn read_only_grant_refuses_every_write_and_the_host_dir_is_unchanged() {
    let d = tree();
    let before = snapshot(d.path());
    let sb = Sandbox::builder().dir(d.path(), "/data", DirAccess::ReadOnly).build().unwrap();
    let code = r#"
import os
def attempt(name, f):
    try:
        f()
        print(name, 'ALLOWED')
    except OSError as e:
        print(name, 'denied')
attempt('write', lambda: open('/data/hello.txt', 'w').write('x'))
attempt('append', lambda: open('/data/hello.txt', 'a').write('x'))
attempt('create', lambda: open('/data/new.txt', 'w'))
attempt('remove', lambda: os.remove('/data/hello.txt'))
attempt('rename', lambda: os.rename('/data/hello.txt', '/data/moved.txt'))
attempt('mkdir', lambda: os.mkdir('/data/newdir'))
attempt('rmdir', lambda: os.rmdir('/data/sub'))
"#;
    let out = run(&sb, code);
    assert!(!out.contains("ALLOWED"), "{out}");
    assert_eq!(out.matches("denied").count(), 7, "{out}");
    assert_eq!(snapshot(d.path()), before);
}

#[test]
fn read_write_grant_creates_renames_and_removes() {
    let d = tree();
    let sb = Sandbox::builder().dir(d.path(), "/work", DirAccess::ReadWrite).build().unwrap();
    let code = r#"
import os
with open('out.txt', 'w') as f:
    f.write('line1\n')
with open('out.txt', 'a') as f:
    f.write('line2\n')
os.mkdir('made')
os.rename('out.txt', 'made/out.txt')
print(open('/work/made/out.txt').read(), end='')
os.remove('hello.txt')
os.rmdir('sub') if False else None
print(sorted(os.listdir('.')))
"#;
    assert_eq!(run(&sb, code), "line1\nline2\n['made', 'sub']\n");
    assert_eq!(fs::read_to_string(d.path().join("made/out.txt")).unwrap(), "line1\nline2\n");
    assert!(!d.path().join("hello.txt").exists());
}

#[test]
fn dot_dot_and_absolute_paths_stay_inside_the_grant() {
    let outer = tempfile::tempdir().unwrap();
    fs::write(outer.path().join("secret.txt"), "secret").unwrap();
    let inner = outer.path().join("inner");
    fs::create_dir(&inner).unwrap();
    let sb = Sandbox::builder().dir(&inner, "/box", DirAccess::ReadWrite).build().unwrap();
    let code = r#"
for p in ['../secret.txt', '/box/../secret.txt', '/box/../../secret.txt', '/secret.txt', '/etc/passwd']:
    try:
        print(p, open(p).read())
    except OSError as e:
        print(p, 'errno', e.errno)
"#;
    let out = run(&sb, code);
    assert!(!out.contains("secret\n") && !out.contains("root:"), "{out}");
    assert_eq!(out.matches("errno 2").count(), 5, "{out}");
}

#[test]
fn symlink_out_of_the_grant_is_refused() {
    let outer = tempfile::tempdir().unwrap();
    fs::write(outer.path().join("secret.txt"), "secret").unwrap();
    let inner = outer.path().join("inner");
    fs::create_dir(&inner).unwrap();
    std::os::unix::fs::symlink(outer.path().join("secret.txt"), inner.join("link.txt")).unwrap();
    let sb = Sandbox::builder().dir(&inner, "/box", DirAccess::ReadOnly).build().unwrap();
    let out = run(&sb, "try:\n    print(open('/box/link.txt').read())\nexcept OSError as e:\n    print('refused')");
    assert_eq!(out, "refused\n");
}

#[test]
fn granting_a_missing_directory_is_a_config_error() {
    let err = Sandbox::builder().dir("/definitely/not/here", "/x", DirAccess::ReadOnly).build().unwrap_err();
    match &err {
        mpsandbox::Error::Config(mpsandbox::ConfigError::Grant { host_path, access, reason }) => {
            assert_eq!(host_path, std::path::Path::new("/definitely/not/here"));
            assert_eq!(*access, DirAccess::ReadOnly);
            assert_eq!(reason, "no such directory");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.kind().is_caller_fault());
}
