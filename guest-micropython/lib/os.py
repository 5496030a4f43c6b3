# os: the interpreter's C module (uos: listdir, ilistdir, stat, mkdir, rmdir,
# remove, rename, chdir, getcwd, urandom) extended with the rest of the
# portable os that programs use. Written for mpsandbox; behaviour follows
# CPython 3.11.
# Covers: os.path (posixpath, also importable as os.path), the path
# constants, name, linesep, environ/getenv (the sandbox has no process
# environment: environ starts empty and is the program's own), fspath,
# fsencode/fsdecode, PathLike, stat/lstat returning stat_result, scandir
# and DirEntry, walk, makedirs, removedirs, renames, replace, and the
# C functions accepting path-like objects.
# Leaves out what a sandbox has no notion of: processes (getpid, fork,
# exec*, system, kill), file descriptors (open/read/write/close on fds),
# users and permissions (chmod, chown, access, umask), symbolic links
# (lstat is stat; readlink and symlink are absent).

import sys
from uos import *
import uos as _os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
linesep = "\n"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        f = type(p).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__) from None
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


def _str(p):
    p = fspath(p)
    return p.decode() if isinstance(p, bytes) else p


class _Environ(dict):
    def __repr__(self):
        return "environ(%r)" % dict(self)

    def copy(self):
        return dict(self)


environ = _Environ()


def getenv(key, default=None):
    return environ.get(key, default)


# The C functions, taking path-like objects as CPython's do.

def listdir(path="."):
    if isinstance(path, bytes):
        return [n.encode() for n in _os.listdir(path.decode())]
    return _os.listdir(_str(path))


def mkdir(path, mode=0o777):
    _os.mkdir(_str(path))


def rmdir(path):
    _os.rmdir(_str(path))


def remove(path):
    _os.remove(_str(path))


unlink = remove


def rename(src, dst):
    _os.rename(_str(src), _str(dst))


# POSIX rename replaces an existing destination file.
replace = rename


def chdir(path):
    _os.chdir(_str(path))


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                "st_size", "st_atime", "st_mtime", "st_ctime")


class stat_result(tuple):
    # The ten integer fields by index; the times as float by attribute.
    n_sequence_fields = 10
    st_mode = property(lambda s: s[0])
    st_ino = property(lambda s: s[1])
    st_dev = property(lambda s: s[2])
    st_nlink = property(lambda s: s[3])
    st_uid = property(lambda s: s[4])
    st_gid = property(lambda s: s[5])
    st_size = property(lambda s: s[6])
    st_atime = property(lambda s: float(s[7]))
    st_mtime = property(lambda s: float(s[8]))
    st_ctime = property(lambda s: float(s[9]))
    st_atime_ns = property(lambda s: s[7] * 1000000000)
    st_mtime_ns = property(lambda s: s[8] * 1000000000)
    st_ctime_ns = property(lambda s: s[9] * 1000000000)

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(_STAT_FIELDS, self))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_str(path)))


def lstat(path, *, dir_fd=None):
    return stat(path)


def cpu_count():
    return 1


class DirEntry:
    __slots__ = ("name", "path", "_type", "_stat")

    def __init__(self, top, name, type):
        self.name = name
        self.path = top + name if top.endswith(sep) else top + sep + name
        self._type = type
        self._stat = None

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return self._type == 0x4000

    def is_file(self, *, follow_symlinks=True):
        return self._type == 0x8000

    def is_symlink(self):
        return False

    def inode(self):
        return self.stat().st_ino

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._it = _os.ilistdir(top)

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        e = next(self._it)
        return DirEntry(self._top, e[0], e[1])

    def close(self):
        self._it = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    return _ScandirIterator(_str(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    # CPython's algorithm: directories are listed before being descended
    # into, so a topdown caller may prune `dirs` in place.
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs, nondirs = [], []
        try:
            entries = list(scandir(top))
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        for entry in entries:
            (dirs if entry.is_dir() else nondirs).append(entry.name)
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                stack.append(path.join(top, d))
        else:
            stack.append((top, dirs, nondirs))
            for d in reversed(dirs):
                stack.append(path.join(top, d))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass
