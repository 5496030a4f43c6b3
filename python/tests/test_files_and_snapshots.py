"""Directory grants, and snapshots of session state."""

import gc
import os
import pickle

import pytest

import mpsandbox


def test_read_only_grant(tmp_path):
    (tmp_path / "in.txt").write_text("granted\n")
    sb = mpsandbox.Sandbox(dirs={"/data": tmp_path})
    out = sb.run(
        "print(open('/data/in.txt').read(), end='')\n"
        "try:\n    open('/data/in.txt', 'w')\nexcept OSError:\n    print('read-only')"
    )
    assert out.stdout == "granted\nread-only\n"
    assert (tmp_path / "in.txt").read_text() == "granted\n"


def test_read_write_grant(tmp_path):
    sb = mpsandbox.Sandbox(dirs={"/out": (str(tmp_path), "rw")})
    sb.run("with open('/out/result.txt', 'w') as f:\n    f.write('written')")
    assert (tmp_path / "result.txt").read_text() == "written"


def test_nothing_outside_a_grant(tmp_path):
    out = mpsandbox.Sandbox(dirs={"/data": tmp_path}).run(
        "for p in ('/etc/passwd', '/data/../../etc/passwd'):\n"
        "    try:\n        open(p)\n        print('opened')\n    except OSError:\n        print('denied')"
    )
    assert out.stdout == "denied\ndenied\n"


def test_snapshot_restores_state_in_new_sessions():
    sb = mpsandbox.Sandbox()
    s = sb.session()
    s.exec("import json\ndata = {'n': 41}\ndef bump():\n    data['n'] += 1\n    return data['n']")
    snap = s.snapshot()
    assert snap.memory_size > 0
    a, b = sb.restore(snap), sb.restore(snap)
    assert a.eval("bump()").value == "42"
    assert a.eval("bump()").value == "43"
    assert b.eval("bump()").value == "42"  # each restore starts from the snapshot
    assert s.eval("data['n']").value == "41"  # the original goes on unchanged


def test_snapshot_bytes_and_pickle_round_trip():
    s = mpsandbox.Sandbox().session()
    s.exec("x = 'kept'")
    snap = s.snapshot()
    raw = bytes(snap)
    assert raw == snap.to_bytes()
    again = mpsandbox.Snapshot.from_bytes(raw)
    assert mpsandbox.Sandbox().restore(again).eval("x").value == "'kept'"
    unpickled = pickle.loads(pickle.dumps(snap))
    assert mpsandbox.Sandbox().restore(unpickled).eval("x").value == "'kept'"


def test_session_restore_in_place_and_under_new_functions():
    s = mpsandbox.Sandbox().session()
    s.exec("x = 1")
    snap = s.snapshot()
    s.exec("x = 2")
    s.restore(snap)
    assert s.eval("x").value == "1"
    granted = mpsandbox.Sandbox(functions={"twice": lambda v: v * 2}).restore(snap)
    assert granted.eval("__import__('host').twice(x)").value == "2"


@pytest.mark.parametrize("data", [b"", b"not a snapshot", b"MPSNAP" + bytes(200)])
def test_damaged_snapshots_are_refused(data):
    with pytest.raises(mpsandbox.InvalidSnapshot):
        mpsandbox.Snapshot.from_bytes(data)


def test_a_flipped_byte_is_caught():
    s = mpsandbox.Sandbox().session()
    # State, so the bytes hold pages (a fresh interpreter's are all header).
    s.exec("x = [1, 2, 3]")
    raw = bytearray(bytes(s.snapshot()))
    raw[-100] ^= 1
    with pytest.raises(mpsandbox.InvalidSnapshot):
        mpsandbox.Snapshot.from_bytes(bytes(raw))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_dropping_its_copies_leaves_the_parents_snapshots_intact():
    sb = mpsandbox.Sandbox()
    with sb.session() as s:
        s.exec("x = [str(i) * 4 for i in range(5000)]")
        snap = s.snapshot()
    pid = os.fork()
    if pid == 0:
        # The child shares the parent's snapshot storage: dropping its copy
        # of the snapshot must not release the parent's.
        code = 0
        try:
            del snap
            gc.collect()
        except BaseException:
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with sb.restore(snap) as restored:
        assert restored.eval("(len(x), x[4321])").value == "(5000, '4321432143214321')"


def test_signed_snapshots_restore_only_under_their_key():
    key = b"a secret of at least thirty-two bytes!!"
    signer = mpsandbox.Runtime(snapshot_key=key, code_cache_dir=None, instance_pool=0)
    assert signer.signs_snapshots
    s = mpsandbox.Sandbox(runtime=signer).session()
    s.exec("x = 41")
    data = bytes(s.snapshot())
    assert data.startswith(b"MPSNAPK2")

    same = mpsandbox.Runtime(snapshot_key=key, code_cache_dir=None, instance_pool=0)
    restored = mpsandbox.Sandbox(runtime=same).restore(pickle.loads(pickle.dumps(same.snapshot_from_bytes(data))))
    assert restored.eval("x + 1").value == "42"

    other = mpsandbox.Runtime(snapshot_key=b"another secret, long enough as well...", code_cache_dir=None)
    with pytest.raises(mpsandbox.InvalidSnapshot, match="another key"):
        other.snapshot_from_bytes(data)
    with pytest.raises(mpsandbox.InvalidSnapshot, match="not signed"):
        mpsandbox.Sandbox(runtime=same).restore(mpsandbox.Sandbox().session().snapshot())
    with pytest.raises(mpsandbox.ConfigurationError):
        mpsandbox.Runtime(snapshot_key=b"")
