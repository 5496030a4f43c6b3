# linecache: lines of source files, cached, for traceback and warnings.
# Written for mpsandbox; behaviour follows CPython 3.11 (getline returns ''
# for what cannot be read; lines keep their '\n').
# Covers getline, getlines, clearcache, checkcache, updatecache. Leaves out
# lazycache and module loaders' get_source (frozen modules have no source
# to show), and PEP 263 encoding declarations (files are read as UTF-8).

import os
import sys

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    filenames = [filename] if filename is not None else list(cache)
    for filename in filenames:
        entry = cache.get(filename)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        # A relative name may be relative to a directory on sys.path.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
                stat = os.stat(fullname)
                break
            except (TypeError, AttributeError, OSError):
                pass
        else:
            return []
    try:
        with open(fullname, "r", -1, "utf-8") as f:
            lines = f.read().splitlines(True)
    except (OSError, UnicodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines
