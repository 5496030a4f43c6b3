// Instances of the interpreter kept for reuse, so a fresh sandbox costs a
// memory copy instead of an instantiation (V8 allocates and initializes a
// new instance's memory, and the first calls fault its pages in: ~1 ms).
//
// The first instance made in a process (or page) gives the pristine image:
// its whole linear memory right after instantiation, before any call. An
// instance handed back by a closed sandbox is restored to exactly that
// image, its handle tables emptied and its sandbox unbound (Instance.restore),
// and waits for the next sandbox; what it served before cannot be seen
// (test/pool.test.js). One that trapped, or whose memory grew (memory
// cannot shrink), is dropped instead, and so is any beyond `maxIdle`.
import { Instance } from './instance.js';

const CORE_MODULE = 'interpreter.core.wasm';
const DEFAULT_MAX_IDLE = 4;

let compiled;
let pristine = null;
const idle = [];
let maxIdle = DEFAULT_MAX_IDLE;
const counts = { created: 0, reused: 0, dropped: 0 };

/** The core module, compiled once per process or page. */
function compile() {
  compiled ??= (async () => {
    const url = new URL(`../gen/${CORE_MODULE}`, import.meta.url);
    if (url.protocol === 'file:') {
      const { readFile } = await import('node:fs/promises');
      return WebAssembly.compile(await readFile(url));
    }
    return WebAssembly.compileStreaming(fetch(url));
  })();
  return compiled;
}

async function instantiate() {
  const instance = await Instance.create(await compile());
  pristine ??= instance.image();
  counts.created += 1;
  return instance;
}

/** An instance in its pristine state for a new sandbox: an idle one, else a new one. */
export async function acquire() {
  const instance = idle.pop();
  if (instance !== undefined) {
    counts.reused += 1;
    return instance;
  }
  return instantiate();
}

/** Takes back the instance of a sandbox that ended: restored and kept, or dropped. */
export function release(instance) {
  if (idle.length < maxIdle && instance.restorable(pristine)) {
    instance.restore(pristine);
    idle.push(instance);
  } else {
    counts.dropped += 1;
  }
}

/**
 * The pool of idle interpreters. `maxIdle` (default 4) is how many it keeps
 * (each holds its linear memory, a few MiB; 0 makes every sandbox
 * instantiate anew); `warm(n)` instantiates ahead so that the next n
 * sandboxes start at once; `clear()` drops the idle ones; `stats()` counts
 * instances created, sandboxes that reused one, and instances dropped.
 */
export const pool = {
  get maxIdle() {
    return maxIdle;
  },
  set maxIdle(n) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('pool.maxIdle must be a non-negative integer');
    maxIdle = n;
    idle.splice(n);
  },
  async warm(n = 1) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('pool.warm(n): n must be a non-negative integer');
    while (idle.length < Math.min(n, maxIdle)) idle.push(await instantiate());
  },
  clear() {
    idle.length = 0;
  },
  stats() {
    return { idle: idle.length, maxIdle, ...counts };
  },
};
