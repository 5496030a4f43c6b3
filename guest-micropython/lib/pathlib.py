# pathlib: object-oriented filesystem paths. Written for mpsandbox;
# behaviour follows CPython 3.11's pathlib on a POSIX system (the same
# parsing, reprs, errors and glob semantics).
# Covers PurePath/PurePosixPath (name, stem, suffix(es), parent(s), parts,
# anchor, joinpath and '/', with_name/with_stem/with_suffix, relative_to,
# is_relative_to, is_absolute, match, as_posix, as_uri, ordering, hashing)
# and Path/PosixPath over the directories granted to the sandbox (cwd, home,
# exists, is_file, is_dir, iterdir, glob, rglob, mkdir, rmdir, touch, unlink,
# rename, replace, stat, open, read/write_text and _bytes, resolve,
# absolute, expanduser, samefile).
# Leaves out the Windows flavour (PureWindowsPath, WindowsPath) and what the
# sandbox has no notion of: symbolic and hard links (is_symlink() is False),
# owners, groups and permissions (owner, group, chmod), mount points.
# touch() on an existing file leaves its times as they are (no utime).

import os
import sys
from errno import ENOENT, EBADF, EEXIST

ENOTDIR = 20  # not in the interpreter's errno module; Linux numbers as its others
ELOOP = 40

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, "errno", None) in _IGNORED_ERRNOS


def _parse(args):
    # -> (root, tail): root is '', '/' or '//' (POSIX keeps exactly two
    # leading slashes), tail the components without '' and '.'.
    root = ""
    tail = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                tail = list(a._tail)
            else:
                tail.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError("argument should be a str object or an os.PathLike "
                            "object returning str, not %r" % type(a))
        if a[:1] == "/":
            stripped = a.lstrip("/")
            root = "//" if len(a) - len(stripped) == 2 else "/"
            tail = []
            a = stripped
        for x in a.split("/"):
            if x and x != ".":
                tail.append(x)
    return root, tail


class _PathParents:
    def __init__(self, path):
        self._cls = type(path)
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        n = len(self._tail)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._cls._from_parsed(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self._tail)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self._tail) - 1, -1, -1):
            yield self[i]

    def __contains__(self, item):
        return any(p == item for p in self)

    def __repr__(self):
        return "<{}.parents>".format(self._cls.__name__)


class PurePath(os.PathLike):
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tail
        return self

    def _make_child(self, args):
        root, tail = _parse(args)
        if root:
            return self._from_parsed(root, tail)
        return self._from_parsed(self._root, self._tail + tail)

    def __str__(self):
        return (self._root + "/".join(self._tail)) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        # urllib.parse.quote_from_bytes with safe='/'
        safe = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/"
        out = []
        for b in os.fsencode(str(self)):
            out.append(chr(b) if b in safe else "%%%02X" % b)
        return "file://" + "".join(out)

    def _key(self):
        return [self._root] + self._tail if self._root else self._tail

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    drive = ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _parse((name,))
        if not name or name[-1] == "/" or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        # As CPython, an anchored path compares as ['', root, *tail].
        to_root, to_tail = _parse(other)
        mine = ["", self._root] + self._tail if self._root else self._tail
        theirs = ["", to_root] + to_tail if to_root else to_tail
        n = len(theirs)
        if self._root if n == 0 else mine[:n] != theirs:
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), to_root + "/".join(to_tail)))
        return self._from_parsed("", mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        return tuple(self._key())

    def joinpath(self, *args):
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key, self])
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        import fnmatch
        root, pat = _parse((path_pattern,))
        if root:
            pat = [root] + pat
        if not pat:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._key()
        if root:
            if len(pat) != len(parts):
                return False
            pat = pat[1:]
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    pass


# Globbing: CPython 3.11's selectors. A pattern is split into components;
# '**' walks every directory below (itself included), wildcards match
# names in a directory, other components are looked up directly.

def _selector(parts):
    if not parts:
        return _terminate
    pat, rest = parts[0], parts[1:]
    if not pat:
        return _terminate
    succ = _selector(rest)
    dironly = bool(rest)
    if pat == "**":
        def select(parent):
            yielded = set()
            for start in _dirs_below(parent):
                for p in succ(start):
                    if p not in yielded:
                        yielded.add(p)
                        yield p
        return select
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if "*" in pat or "?" in pat or "[" in pat:
        import fnmatch
        import re
        match = re.compile(fnmatch.translate(pat)).fullmatch

        def select(parent):
            try:
                with os.scandir(str(parent)) as it:
                    entries = list(it)
            except OSError as e:
                if _ignore_error(e):
                    return
                raise
            for entry in entries:
                if dironly and not entry.is_dir():
                    continue
                if match(entry.name):
                    yield from succ(parent._from_parsed(parent._root, parent._tail + [entry.name]))
        return select

    def select(parent):
        path = parent._from_parsed(parent._root, parent._tail + [pat])
        if path.is_dir() if dironly else path.exists():
            yield from succ(path)
    return select


def _terminate(parent):
    yield parent


def _dirs_below(parent):
    yield parent
    try:
        with os.scandir(str(parent)) as it:
            entries = list(it)
    except OSError as e:
        if _ignore_error(e):
            return
        raise
    for entry in entries:
        if entry.is_dir():
            yield from _dirs_below(parent._from_parsed(parent._root, parent._tail + [entry.name]))


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        # The sandbox's stat has no inode numbers: compare the resolved paths.
        if not isinstance(other_path, PurePath):
            other_path = type(self)(other_path)
        self.stat()
        other_path.stat()
        return str(self.resolve()) == str(other_path.resolve())

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parsed(self._root, self._tail + [name])

    def _glob(self, parts):
        if not self.is_dir():
            return iter(())
        return _selector(parts)(self)

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == "/":
            parts.append("")
        yield from self._glob(parts)

    def rglob(self, pattern):
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == "/":
            parts.append("")
        yield from self._glob(["**"] + parts)

    def absolute(self):
        if self._root:
            return self
        return self._from_parts([os.getcwd(), self])

    def resolve(self, strict=False):
        return self._from_parts((os.path.realpath(str(self), strict=strict),))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def lstat(self):
        return self.stat()

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        # The interpreter's files never translate newlines and decode
        # strictly, so those values of newline and errors are what it does.
        kw = {}
        if errors not in (None, "strict"):
            kw["errors"] = errors
        if newline not in (None, "", "\n"):
            kw["newline"] = newline
        return open(str(self), mode, buffering, encoding, **kw)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise OSError(EEXIST, "File exists", str(self))
            return
        open(str(self), "a").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except OSError as e:
            if e.errno == ENOENT:
                if not parents or self.parent == self:
                    raise
                self.parent.mkdir(parents=True, exist_ok=True)
                self.mkdir(mode, parents=False, exist_ok=exist_ok)
            elif not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except OSError as e:
            if not missing_ok or e.errno != ENOENT:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        return True

    def _mode(self):
        try:
            return self.stat()[0]
        except OSError as e:
            if not _ignore_error(e):
                raise
            return 0

    def is_dir(self):
        return self._mode() & 0o170000 == 0o040000

    def is_file(self):
        return self._mode() & 0o170000 == 0o100000

    def is_symlink(self):
        return False

    def is_fifo(self):
        return self._mode() & 0o170000 == 0o010000

    def is_socket(self):
        return self._mode() & 0o170000 == 0o140000

    def is_block_device(self):
        return self._mode() & 0o170000 == 0o060000

    def is_char_device(self):
        return self._mode() & 0o170000 == 0o020000

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == "~":
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    pass
