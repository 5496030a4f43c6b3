// wasi:filesystem (types and preopens) at the canonical ABI level, over the
// sandbox's file overlay (overlay.js): the calls the interpreter's VFS makes
// (guest-micropython/vfs_wasi.c) and nothing more. Without an overlay the
// guest is given no directory, so no descriptor can exist.
//
// Result layouts are wit-bindgen's for wasm32 (4-byte pointers): a result's
// discriminant at 0 and its payload at the payload's alignment.
import { Dir, Errno, FsError } from './overlay.js';

const DESCRIPTOR_TYPE = { DIRECTORY: 3, REGULAR_FILE: 6 };
const OPEN = { CREATE: 1, DIRECTORY: 2, EXCLUSIVE: 4, TRUNCATE: 8 };
const FLAG = { READ: 1, WRITE: 2 };

/**
 * The imports for one instance. `memory` is its GuestMemory, `tables` its
 * handle tables (`descriptors`: { node, read, write }, `dirStreams`: a
 * listing under way), `overlay()` the current sandbox's Overlay or null.
 */
export function filesystemImports(memory, { descriptors, dirStreams }, overlay) {
  /** Runs `op`, writing a `result<_, error-code>` (payload at `at`) at `ret`; `ok(view)` writes the success. */
  const answer = (ret, at, op, ok = () => {}) => {
    let value;
    try {
      value = op();
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const view = memory.view;
      view.setUint8(ret, 1);
      view.setUint8(ret + at, e.code);
      return;
    }
    memory.view.setUint8(ret, 0);
    ok(value);
  };
  const descriptor = (h) => {
    const d = descriptors.get(h);
    if (d === undefined) throw new FsError(Errno.BAD_DESCRIPTOR);
    return d;
  };
  const directory = (h) => {
    const d = descriptor(h);
    if (!(d.node instanceof Dir)) throw new FsError(Errno.NOT_DIRECTORY);
    return d.node;
  };
  const file = (h, mode) => {
    const d = descriptor(h);
    if (d.node instanceof Dir) throw new FsError(Errno.IS_DIRECTORY);
    if (!d[mode]) throw new FsError(Errno.BAD_DESCRIPTOR);
    return d.node;
  };
  const path = (ptr, len) => memory.string(ptr, len);
  const fs = () => {
    const o = overlay();
    if (o === null) throw new FsError(Errno.BAD_DESCRIPTOR);
    return o;
  };

  // descriptor-stat at `at`: type, link count, size, then three option<datetime>.
  const storeStat = (at, node) => {
    const view = memory.view;
    const isDir = node instanceof Dir;
    view.setUint8(at, isDir ? DESCRIPTOR_TYPE.DIRECTORY : DESCRIPTOR_TYPE.REGULAR_FILE);
    view.setBigUint64(at + 8, 1n, true);
    view.setBigUint64(at + 16, BigInt(isDir ? 0 : node.size), true);
    const seconds = Math.floor(node.mtime / 1000);
    for (const t of [at + 24, at + 48, at + 72]) {
      view.setUint8(t, 1);
      view.setBigUint64(t + 8, BigInt(seconds), true);
      view.setUint32(t + 16, (node.mtime - seconds * 1000) * 1e6, true);
    }
  };

  return {
    'wasi:filesystem/preopens@0.2.0': {
      'get-directories': (ret) => {
        const mounts = overlay()?.mounts ?? [];
        const writable = !overlay()?.readOnly;
        const list = memory.alloc(12 * mounts.length, 4);
        mounts.forEach(([point, dir], i) => {
          const handle = descriptors.add({ node: dir, read: true, write: writable });
          memory.view.setUint32(list + 12 * i, handle, true);
          memory.storeString(list + 12 * i + 4, point);
        });
        const view = memory.view;
        view.setUint32(ret, list, true);
        view.setUint32(ret + 4, mounts.length, true);
      },
    },
    'wasi:filesystem/types@0.2.0': {
      '[resource-drop]descriptor': (h) => descriptors.remove(h),
      '[resource-drop]directory-entry-stream': (h) => dirStreams.remove(h),
      '[method]descriptor.read': (h, length, offset, ret) => answer(ret, 4,
        () => fs().read(file(h, 'read'), length, offset),
        ([bytes, end]) => {
          memory.storeBytes(ret + 4, bytes);
          memory.view.setUint8(ret + 12, end ? 1 : 0);
        }),
      '[method]descriptor.write': (h, ptr, len, offset, ret) => answer(ret, 8,
        () => fs().write(file(h, 'write'), memory.bytes.subarray(ptr, ptr + len), offset),
        (n) => memory.view.setBigUint64(ret + 8, BigInt(n), true)),
      '[method]descriptor.read-directory': (h, ret) => answer(ret, 4,
        () => {
          const entries = [...directory(h).entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
          return dirStreams.add({ entries, next: 0 });
        },
        (handle) => memory.view.setUint32(ret + 4, handle, true)),
      '[method]directory-entry-stream.read-directory-entry': (h, ret) => answer(ret, 4,
        () => {
          const stream = dirStreams.get(h);
          if (stream === undefined) throw new FsError(Errno.BAD_DESCRIPTOR);
          return stream.entries[stream.next++];
        },
        (entry) => {
          if (entry === undefined) return memory.view.setUint8(ret + 4, 0);
          const [name, node] = entry;
          memory.storeString(ret + 12, name);
          const view = memory.view;
          view.setUint8(ret + 4, 1);
          view.setUint8(ret + 8, node instanceof Dir ? DESCRIPTOR_TYPE.DIRECTORY : DESCRIPTOR_TYPE.REGULAR_FILE);
        }),
      '[method]descriptor.stat': (h, ret) => answer(ret, 8, () => descriptor(h).node, (node) => storeStat(ret + 8, node)),
      '[method]descriptor.stat-at': (h, _pathFlags, p, n, ret) => answer(ret, 8,
        () => fs().lookup(directory(h), path(p, n)),
        (node) => storeStat(ret + 8, node)),
      '[method]descriptor.open-at': (h, _pathFlags, p, n, openFlags, flags, ret) => answer(ret, 4,
        () => {
          const want = {
            create: (openFlags & OPEN.CREATE) !== 0, directory: (openFlags & OPEN.DIRECTORY) !== 0,
            exclusive: (openFlags & OPEN.EXCLUSIVE) !== 0, truncate: (openFlags & OPEN.TRUNCATE) !== 0,
            write: (flags & FLAG.WRITE) !== 0,
          };
          const node = fs().open(directory(h), path(p, n), want);
          return descriptors.add({ node, read: (flags & FLAG.READ) !== 0, write: want.write });
        },
        (handle) => memory.view.setUint32(ret + 4, handle, true)),
      '[method]descriptor.create-directory-at': (h, p, n, ret) => answer(ret, 1, () => fs().mkdir(directory(h), path(p, n))),
      '[method]descriptor.remove-directory-at': (h, p, n, ret) => answer(ret, 1, () => fs().rmdir(directory(h), path(p, n))),
      '[method]descriptor.unlink-file-at': (h, p, n, ret) => answer(ret, 1, () => fs().unlink(directory(h), path(p, n))),
      '[method]descriptor.rename-at': (h, p, n, h2, p2, n2, ret) => answer(ret, 1,
        () => fs().rename(directory(h), path(p, n), directory(h2), path(p2, n2))),
    },
  };
}
