//! Size arithmetic under hostile counts: every case here used to trap the
//! interpreter (32-bit size overflow, a wrapped allocation, a stack smash)
//! or to run until the timeout; each now raises the Python exception CPython
//! raises for it, and the session keeps its state (see
//! guest-micropython/patches/ for the fix of each).

use std::time::Duration;

use mpsandbox::{Error, Sandbox, Session};

fn session() -> Session {
    let sandbox = Sandbox::builder().memory(64 << 20).timeout(Some(Duration::from_secs(20))).build().unwrap();
    let mut s = sandbox.session().unwrap();
    s.exec("keep = {'state': [1, 2, 3]}").unwrap();
    s
}

/// `code` raises `type_name` (with `message`, when given), as a Python
/// exception and not a trap or a limit.
fn raises(s: &mut Session, code: &str, type_name: &str, message: Option<&str>) {
    match s.exec(code) {
        Err(Error::Exception { exception, .. }) => {
            assert_eq!(exception.type_name, type_name, "{code}: {}", exception.traceback);
            if let Some(m) = message {
                assert_eq!(exception.message, m, "{code}");
            }
        }
        Err(Error::Syntax { error, .. }) => {
            assert_eq!(error.type_name, type_name, "{code}: {}", error.traceback);
            if let Some(m) = message {
                assert_eq!(error.message, m, "{code}");
            }
        }
        other => panic!("{code}: expected {type_name}, got {other:?}"),
    }
    assert!(!s.is_poisoned(), "{code} poisoned the session");
}

fn state_kept(s: &mut Session) {
    assert_eq!(s.eval("keep['state']").unwrap().value.as_deref(), Some("[1, 2, 3]"));
}

#[test]
fn repetition_past_the_address_space_raises() {
    let mut s = session();
    let too_long = Some("repeated string is too long");
    raises(&mut s, "x = 'abcd' * 2**30", "OverflowError", too_long);
    raises(&mut s, "x = b'abcd' * 2**30", "OverflowError", too_long);
    raises(&mut s, "x = 2**30 * 'abcd'", "OverflowError", too_long);
    raises(&mut s, "x = [0] * 2**30", "MemoryError", None);
    raises(&mut s, "x = [None, None] * 2**29", "MemoryError", None);
    raises(&mut s, "x = (0,) * 2**30", "MemoryError", None);
    raises(&mut s, "x = [1]\nx *= 2**30", "MemoryError", None);
    raises(&mut s, "x = (1,)\nx *= 2**30", "MemoryError", None);
    // Large but representable: the heap cap decides.
    raises(&mut s, "x = 'a' * (2**31 - 1)", "MemoryError", None);
    raises(&mut s, "x = [0] * 2**28", "MemoryError", None);
    state_kept(&mut s);
}

#[test]
fn join_past_the_address_space_raises() {
    let mut s = session();
    raises(&mut s, "x = ','.join(['a' * 2**20] * 2**12)", "OverflowError", Some("join() result is too long"));
    raises(&mut s, "x = b''.join([b'a' * 2**20] * 2**12)", "OverflowError", Some("join() result is too long"));
    raises(&mut s, "x = ('a' * 2**20).join(['b'] * 2**13)", "OverflowError", Some("join() result is too long"));
    // Fits in size_t, not in the 64 MiB heap.
    raises(&mut s, "x = ','.join(['a' * 2**20] * 2**7)", "MemoryError", None);
    state_kept(&mut s);
}

#[test]
fn format_widths_and_precisions_are_bounded() {
    let mut s = session();
    let digits = Some("too many decimal digits in format string");
    raises(&mut s, "x = '{:2147483648}'.format(1)", "ValueError", digits);
    raises(&mut s, "x = '{:>4294967297}'.format('a')", "ValueError", digits);
    raises(&mut s, "x = f'{1:{2**31}}'", "ValueError", digits);
    raises(&mut s, "x = '%99999999999d' % 1", "ValueError", digits);
    raises(&mut s, "x = '{:.99999999999f}'.format(1.0)", "ValueError", digits);
    // A width the heap cannot hold fails at once, before any padding.
    raises(&mut s, "x = '{:>100000000}'.format(1)", "MemoryError", None);
    raises(&mut s, "x = '%*d' % (100000000, 1)", "MemoryError", None);
    // Precisions near INT_MAX overran the float buffer. Floats are
    // formatted as CPython's (every requested digit), so such a text
    // cannot be held: MemoryError, and a long one that fits is exact.
    raises(&mut s, "x = '{:.2147483646f}'.format(1.0)", "MemoryError", None);
    raises(&mut s, "x = '%.2147483646e' % 1.0", "MemoryError", None);
    let out = s.exec("x = '{:.100000f}'.format(1.0)\nprint(len(x), x[:4], x[-1])").unwrap();
    assert_eq!(out.stdout_text(), "100002 1.00 0\n");
    // Padding is linear: two million characters in one allocation.
    let out = s.exec("x = '%*d' % (2 * 10**6, 1)\nprint(len(x), x[-1], x[0] == ' ')").unwrap();
    assert_eq!(out.stdout_text(), "2000000 1 True\n");
    state_kept(&mut s);
}

#[test]
fn struct_counts_and_sizes_are_bounded() {
    let mut s = session();
    let count = Some("struct count too large");
    raises(&mut s, "import struct\nstruct.pack('4294967297x')", "ValueError", count);
    raises(&mut s, "import struct\nstruct.calcsize('99999999999i')", "ValueError", count);
    raises(&mut s, "import struct\nstruct.pack('536870912q')", "ValueError", Some("struct size too large"));
    raises(&mut s, "import struct\nstruct.calcsize('1073741823i')", "ValueError", Some("struct size too large"));
    raises(&mut s, "import struct\nstruct.unpack('1073741823i', b'')", "ValueError", Some("struct size too large"));
    // Ordinary formats keep their sizes and alignment.
    let out = s.exec("import struct\nprint(struct.calcsize('b3i'), struct.calcsize('<b3i'), struct.calcsize('2s0i'), len(struct.pack('1000x')))").unwrap();
    assert_eq!(out.stdout_text(), "16 13 4 1000\n");
    state_kept(&mut s);
}

#[test]
fn every_compile_path_limits_bracket_nesting() {
    let mut s = session();
    let nested = Some("too many nested parentheses");
    let deep = "'[' * 100000 + ']' * 100000";
    raises(&mut s, &format!("eval({deep})"), "SyntaxError", nested);
    raises(&mut s, &format!("exec({deep})"), "SyntaxError", nested);
    raises(&mut s, &format!("compile({deep}, 'deep.py', 'exec')"), "SyntaxError", nested);
    raises(&mut s, "exec('x = ' + '(' * 201 + '1' + ')' * 201)", "SyntaxError", nested);
    // The host's own sources, the same limit.
    raises(&mut s, &format!("x = {}1{}", "(".repeat(201), ")".repeat(201)), "SyntaxError", nested);
    // 200 levels are fine, as in CPython.
    let out = s.exec("exec('x = ' + '(' * 200 + '1' + ')' * 200)\nprint(x)").unwrap();
    assert_eq!(out.stdout_text(), "1\n");
    state_kept(&mut s);
}

#[test]
fn an_import_enforces_the_same_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("deep.py"), format!("x = {}1{}\n", "[".repeat(300), "]".repeat(300))).unwrap();
    let sandbox = Sandbox::builder().dir(dir.path(), "/lib", mpsandbox::DirAccess::ReadOnly).build().unwrap();
    let mut s = sandbox.session().unwrap();
    s.exec("keep = {'state': [1, 2, 3]}").unwrap();
    raises(
        &mut s,
        "import sys\nsys.path.insert(0, '/lib')\nimport deep",
        "SyntaxError",
        Some("too many nested parentheses"),
    );
    state_kept(&mut s);
}

#[test]
fn ranges_near_the_ends_of_a_machine_word_are_exact() {
    let mut s = session();
    let out = s
        .exec(concat!(
            "r = range(2147483647)\n",
            "print(len(r), r[-2], r[-1], r[2147483646])\n",
            "print(len(range(1073741824)), range(0, 2147483647, 2147483647)[1000:2147483647])\n",
            "print(list(range(2147483640, 2147483647, 5)), list(range(-2147483646, -2147483647, -5)))\n",
            "r = range(-5, 2147483647, 1073741824)\n",
            "print(r[::-1], list(r[1:]), r[1:][0], sum(1 for _ in range(2147483600, 2147483647)))",
        ))
        .unwrap();
    assert_eq!(
        out.stdout_text(),
        "2147483647 2147483645 2147483646 2147483646\n\
         1073741824 range(2147483647, 2147483647, 2147483647)\n\
         [2147483640, 2147483645] [-2147483646]\n\
         range(2147483643, -1073741829, -1073741824) [1073741819, 2147483643] 1073741819 47\n"
    );
    let too_large = Some("range too large");
    raises(&mut s, "len(range(-2147483647, 2147483647))", "OverflowError", too_large);
    raises(&mut s, "range(-2147483647, 2147483647)[5]", "OverflowError", too_large);
    // A slice step of 2**31 does not fit in a machine word.
    raises(&mut s, "range(-5, 2147483647, 1073741824)[::2]", "OverflowError", too_large);
    state_kept(&mut s);
}

#[test]
fn littlefs_seeks_past_the_position_range_are_refused() {
    let mut s = session();
    let out = s
        .exec(concat!(
            "import vfs\n",
            "class RAM:\n",
            "    def __init__(self, blocks):\n",
            "        self.data = bytearray(blocks * 1024)\n",
            "    def readblocks(self, block, buf, off):\n",
            "        a = block * 1024 + off\n",
            "        buf[:] = self.data[a:a + len(buf)]\n",
            "    def writeblocks(self, block, buf, off):\n",
            "        a = block * 1024 + off\n",
            "        self.data[a:a + len(buf)] = buf\n",
            "    def ioctl(self, op, arg):\n",
            "        return {4: len(self.data) // 1024, 5: 1024, 6: 0}.get(op)\n",
            "for fs in (vfs.VfsLfs1, vfs.VfsLfs2):\n",
            "    bdev = RAM(32)\n",
            "    fs.mkfs(bdev)\n",
            "    f = fs(bdev).open('f', 'w')\n",
            "    f.write('abc')\n",
            "    f.seek(1 << 30)\n",
            "    for whence in (1, 2):\n",
            "        try:\n",
            "            f.seek((1 << 31) - 1, whence)\n",
            "            print('seeked', f.tell())\n",
            "        except OSError:\n",
            "            print('refused')\n",
            "    f.close()\n",
        ))
        .unwrap();
    assert_eq!(out.stdout_text(), "refused\nrefused\nrefused\nrefused\n");
    state_kept(&mut s);
}

#[test]
fn split_limits_and_deque_sizes_do_not_overflow() {
    let mut s = session();
    let out = s
        .exec(concat!(
            "print('a,b'.rsplit(',', 2147483647), 'a'.rsplit(',', 10**8), 'a,b,c'.rsplit(',', 1))\n",
            "print('a,b'.split(',', 2147483647), b'x y'.rsplit(b' ', 2147483647))",
        ))
        .unwrap();
    assert_eq!(out.stdout_text(), "['a', 'b'] ['a'] ['a,b', 'c']\n['a', 'b'] [b'x', b'y']\n");
    // A bounded deque's ring grows as items arrive, so a huge maxlen costs
    // nothing up front (CPython takes it too).
    let out = s
        .exec(
            "import collections\nd = collections.deque((), 2147483647)\nd.extend(range(100))\nprint(len(d), d.maxlen)",
        )
        .unwrap();
    assert_eq!(out.stdout_text(), "100 2147483647\n");
    let out = s.exec("import collections\nd = collections.deque((), 3)\nd.append(1)\nprint(len(d))").unwrap();
    assert_eq!(out.stdout_text(), "1\n");
    state_kept(&mut s);
}
