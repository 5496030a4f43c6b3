// The in-memory file overlay: the `files` a sandbox is given, as directory
// trees the guest sees as preopened directories (wasi-filesystem.js), and the
// files its program writes there, handed back with the result. A JS host
// cannot preopen host directories per sandbox (a process has one
// filesystem), so this is how a JS embedder gives a program its data.
//
//   { '/data/in.csv': 'a,b\n1,2\n', '/data/img.png': bytes, '/out/': null }
//
// Each top-level directory named in the keys is one mount ('/data', '/out');
// a key ending in '/' with the value null is an empty directory. The first
// mount is the program's working directory. Everything lives in this
// object: no path can lead anywhere else.
//
// Bounds: the files given total at most `maxFilesSize` bytes (else a
// ConfigurationError before anything runs), and the program may write at
// most `maxWrite` bytes over the sandbox's life (a write past it fails with
// OSError ENOSPC in Python). Writing past the end of a file counts the gap
// it fills, and creating a file or directory counts ENTRY_COST bytes, so
// neither sparse writes nor floods of empty files escape the bound.
import { ConfigurationError } from './errors.js';

export const DEFAULT_MAX_FILES_SIZE = 64 << 20;
export const DEFAULT_MAX_WRITE = 16 << 20;
export const ENTRY_COST = 256;
const MAX_NAME_BYTES = 255;

/** wasi:filesystem/types `error-code` cases this overlay answers with. */
export const Errno = Object.freeze({
  ACCESS: 0, BAD_DESCRIPTOR: 3, EXIST: 7, INVALID: 12, IS_DIRECTORY: 14, NAME_TOO_LONG: 18, NO_ENTRY: 20,
  INSUFFICIENT_SPACE: 23, NOT_DIRECTORY: 24, NOT_EMPTY: 25, NOT_PERMITTED: 31, READ_ONLY: 33,
});

/** A refused filesystem operation: `code` is the WASI error code the guest gets. */
export class FsError {
  constructor(code) {
    this.code = code;
  }
}

const utf8 = new TextEncoder();
const EMPTY = new Uint8Array(0);

export class Dir {
  entries = new Map();
  mtime = Date.now();
}

export class File {
  constructor(data, written) {
    this.data = data; // capacity may exceed `size`; bytes past it are zero
    this.size = data.length;
    this.mtime = Date.now();
    /** The program created it or wrote to it: it is handed back. */
    this.written = written;
  }
}

function checkLimit(name, v) {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer (bytes)`);
}

/** The segments of a path given in `files`, checked. */
function keySegments(key) {
  const bad = (why) => new ConfigurationError(`files: '${key}' ${why}`);
  if (typeof key !== 'string' || !key.startsWith('/')) throw bad('is not an absolute path (/dir/name)');
  const isDir = key.length > 1 && key.endsWith('/');
  const segments = key.slice(1, isDir ? -1 : undefined).split('/');
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..') throw bad('has an empty, "." or ".." segment');
    if (s.includes('\0')) throw bad('contains a NUL character');
    if (utf8.encode(s).length > MAX_NAME_BYTES) throw bad(`has a name longer than ${MAX_NAME_BYTES} bytes`);
  }
  // The guest mounts each top-level directory by name, and reads a leading
  // '.' in a mount point as part of the "./" prefix (mount_point.h).
  if (segments[0].startsWith('.')) throw bad('is under a top-level directory whose name starts with "."');
  if (!isDir && segments.length < 2) throw bad('is not inside a directory: give it one, e.g. /data/name');
  return { segments, isDir };
}

function contents(key, value) {
  if (typeof value === 'string') return utf8.encode(value);
  if (value instanceof Uint8Array) return value.slice();
  throw new ConfigurationError(`files: '${key}' must be a string or a Uint8Array (a key ending in '/' with null for an empty directory)`);
}

export class Overlay {
  /** [guest path, Dir] for each top-level directory, in the order the keys first name them. */
  mounts = [];
  readOnly;
  #left; // bytes the program may still write

  /**
   * The overlay the options ask for, or null when they give no `files`.
   * Throws ConfigurationError for a path or value that cannot work, or for
   * more than `maxFilesSize` bytes.
   */
  static from({ files, maxFilesSize = DEFAULT_MAX_FILES_SIZE, maxWrite = DEFAULT_MAX_WRITE, readOnlyFiles = false } = {}) {
    checkLimit('maxFilesSize', maxFilesSize);
    checkLimit('maxWrite', maxWrite);
    if (files === undefined || files === null) return null;
    if (typeof files !== 'object' || Array.isArray(files)) {
      throw new ConfigurationError('files must be an object of absolute path to contents (a string or Uint8Array)');
    }
    const overlay = new Overlay(Boolean(readOnlyFiles), maxWrite);
    let total = 0;
    for (const [key, value] of files instanceof Map ? files : Object.entries(files)) {
      const { segments, isDir } = keySegments(key);
      if (isDir && value !== null && value !== undefined) {
        throw new ConfigurationError(`files: '${key}' names a directory (it ends in '/'): its value must be null`);
      }
      let dir = overlay.#mount(segments[0]);
      const names = isDir ? segments.slice(1) : segments.slice(1, -1);
      for (const name of names) {
        let next = dir.entries.get(name);
        if (next === undefined) dir.entries.set(name, next = new Dir());
        if (!(next instanceof Dir)) throw new ConfigurationError(`files: '${key}' needs '${name}' to be a directory, but it is a file`);
        dir = next;
      }
      if (isDir) continue;
      const name = segments.at(-1);
      if (dir.entries.has(name)) throw new ConfigurationError(`files: '${key}' is given twice, or as both a file and a directory`);
      const data = contents(key, value);
      total += data.length;
      if (total > maxFilesSize) {
        throw new ConfigurationError(`files: more than maxFilesSize (${maxFilesSize} bytes) given; raise maxFilesSize to pass more`);
      }
      dir.entries.set(name, new File(data, false));
    }
    return overlay;
  }

  constructor(readOnly, maxWrite) {
    this.readOnly = readOnly;
    this.#left = maxWrite;
  }

  #mount(name) {
    const point = `/${name}`;
    const found = this.mounts.find(([p]) => p === point);
    if (found) return found[1];
    const dir = new Dir();
    this.mounts.push([point, dir]);
    return dir;
  }

  /** Takes `bytes` from the write budget, or refuses with ENOSPC. */
  #charge(bytes) {
    if (bytes > this.#left) throw new FsError(Errno.INSUFFICIENT_SPACE);
    this.#left -= bytes;
  }

  #refuseIfReadOnly() {
    if (this.readOnly) throw new FsError(Errno.READ_ONLY);
  }

  /**
   * A path the guest gives, relative to a directory descriptor, as names.
   * `..` may not climb above that directory, and absolute paths are refused,
   * as every WASI host refuses them.
   */
  static #segments(path) {
    if (path.startsWith('/')) throw new FsError(Errno.NOT_PERMITTED);
    const out = [];
    for (const s of path.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') {
        if (out.length === 0) throw new FsError(Errno.NOT_PERMITTED);
        out.pop();
      } else {
        if (utf8.encode(s).length > MAX_NAME_BYTES) throw new FsError(Errno.NAME_TOO_LONG);
        out.push(s);
      }
    }
    return out;
  }

  static #walk(dir, names) {
    for (const name of names) {
      const next = dir.entries.get(name);
      if (next === undefined) throw new FsError(Errno.NO_ENTRY);
      if (!(next instanceof Dir)) throw new FsError(Errno.NOT_DIRECTORY);
      dir = next;
    }
    return dir;
  }

  /** [parent directory, last name] of `path` under `dir`; the name is null for `dir` itself. */
  static #place(dir, path) {
    const names = Overlay.#segments(path);
    if (names.length === 0) return [dir, null];
    return [Overlay.#walk(dir, names.slice(0, -1)), names.at(-1)];
  }

  lookup(dir, path) {
    const [parent, name] = Overlay.#place(dir, path);
    if (name === null) return parent;
    const node = parent.entries.get(name);
    if (node === undefined) throw new FsError(Errno.NO_ENTRY);
    return node;
  }

  /** open-at: the node opened (made when `create` and missing). */
  open(dir, path, { create, directory, exclusive, truncate, write }) {
    const [parent, name] = Overlay.#place(dir, path);
    let node = name === null ? parent : parent.entries.get(name);
    if (node === undefined) {
      if (!create) throw new FsError(Errno.NO_ENTRY);
      if (directory) throw new FsError(Errno.INVALID);
      this.#refuseIfReadOnly();
      this.#charge(ENTRY_COST);
      node = new File(EMPTY, true);
      parent.entries.set(name, node);
      parent.mtime = node.mtime;
      return node;
    }
    if (create && exclusive) throw new FsError(Errno.EXIST);
    if (directory && !(node instanceof Dir)) throw new FsError(Errno.NOT_DIRECTORY);
    if (node instanceof Dir && (write || truncate)) throw new FsError(Errno.IS_DIRECTORY);
    if (write || truncate) this.#refuseIfReadOnly();
    if (truncate) {
      node.data = EMPTY;
      node.size = 0;
      node.written = true;
      node.mtime = Date.now();
    }
    return node;
  }

  /** Up to `length` bytes from `offset`, and whether they reach the end. */
  read(file, length, offset) {
    const start = offset > BigInt(file.size) ? file.size : Number(offset);
    const end = length > BigInt(file.size - start) ? file.size : start + Number(length);
    return [file.data.subarray(start, end), end >= file.size];
  }

  /** Writes `bytes` at `offset` (a BigInt); the count written. */
  write(file, bytes, offset) {
    this.#refuseIfReadOnly();
    if (offset > BigInt(Number.MAX_SAFE_INTEGER)) throw new FsError(Errno.INSUFFICIENT_SPACE);
    const at = Number(offset);
    const end = at + bytes.length;
    this.#charge(bytes.length + Math.max(0, at - file.size));
    if (end > file.data.length) {
      const grown = new Uint8Array(Math.max(end, 2 * file.data.length));
      grown.set(file.data.subarray(0, file.size));
      file.data = grown;
    }
    file.data.set(bytes, at);
    file.size = Math.max(file.size, end);
    file.written = true;
    file.mtime = Date.now();
    return bytes.length;
  }

  mkdir(dir, path) {
    const [parent, name] = Overlay.#place(dir, path);
    if (name === null || parent.entries.has(name)) throw new FsError(Errno.EXIST);
    this.#refuseIfReadOnly();
    this.#charge(ENTRY_COST);
    const made = new Dir();
    parent.entries.set(name, made);
    parent.mtime = made.mtime;
  }

  unlink(dir, path) {
    const [parent, name] = Overlay.#place(dir, path);
    const node = name === null ? parent : parent.entries.get(name);
    if (node === undefined) throw new FsError(Errno.NO_ENTRY);
    if (node instanceof Dir) throw new FsError(Errno.IS_DIRECTORY);
    this.#refuseIfReadOnly();
    parent.entries.delete(name);
    parent.mtime = Date.now();
  }

  rmdir(dir, path) {
    const [parent, name] = Overlay.#place(dir, path);
    if (name === null) throw new FsError(Errno.INVALID);
    const node = parent.entries.get(name);
    if (node === undefined) throw new FsError(Errno.NO_ENTRY);
    if (!(node instanceof Dir)) throw new FsError(Errno.NOT_DIRECTORY);
    if (node.entries.size > 0) throw new FsError(Errno.NOT_EMPTY);
    this.#refuseIfReadOnly();
    parent.entries.delete(name);
    parent.mtime = Date.now();
  }

  rename(fromDir, fromPath, toDir, toPath) {
    const [from, fromName] = Overlay.#place(fromDir, fromPath);
    const [to, toName] = Overlay.#place(toDir, toPath);
    if (fromName === null || toName === null) throw new FsError(Errno.INVALID);
    const node = from.entries.get(fromName);
    if (node === undefined) throw new FsError(Errno.NO_ENTRY);
    const there = to.entries.get(toName);
    if (there === node) return;
    if (there !== undefined) {
      if (node instanceof Dir && !(there instanceof Dir)) throw new FsError(Errno.NOT_DIRECTORY);
      if (!(node instanceof Dir) && there instanceof Dir) throw new FsError(Errno.IS_DIRECTORY);
      if (there instanceof Dir && there.entries.size > 0) throw new FsError(Errno.NOT_EMPTY);
    }
    // A directory moved into itself would leave the tree.
    if (node instanceof Dir && (to === node || contains(node, to))) throw new FsError(Errno.INVALID);
    this.#refuseIfReadOnly();
    from.entries.delete(fromName);
    to.entries.set(toName, node);
    from.mtime = to.mtime = Date.now();
  }

  /** Every file the program created or wrote to: absolute path to a copy of its bytes. */
  written() {
    const out = {};
    const visit = (dir, prefix) => {
      for (const [name, node] of dir.entries) {
        const path = `${prefix}/${name}`;
        if (node instanceof Dir) visit(node, path);
        else if (node.written) out[path] = node.data.slice(0, node.size);
      }
    };
    for (const [point, dir] of this.mounts) visit(dir, point);
    return out;
  }
}

function contains(dir, target) {
  for (const node of dir.entries.values()) {
    if (node === target || (node instanceof Dir && contains(node, target))) return true;
  }
  return false;
}
