// The WASI imports other than the filesystem, at the canonical ABI level:
// clocks, randomness, sleeping, and output streams that drop what they get.
// Every call of this package captures the program's output (exec-captured,
// a pausable run's `capture`), so the guest never writes to the streams;
// they exist because the interpreter's world imports them.
//
// These are the whole of what the interpreter can reach besides the host
// functions and the file overlay: no environment, arguments, stdin, sockets
// or exit, as the world says (wit/interpreter.wit).

const NS_PER_MS = 1e6;

// A cell to Atomics.wait on for a synchronous sleep. Where waiting is not
// allowed (a browser's main thread) or shared memory is missing (a page
// without cross-origin isolation), the sleep spins on the clock instead; the
// guest cuts every sleep at its call's deadline either way.
const sleepCell = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : null;
let canWait = sleepCell !== null;

function sleepUntil(deadlineMs) {
  for (;;) {
    const left = deadlineMs - performance.now();
    if (!(left > 0)) return;
    if (canWait) {
      try {
        Atomics.wait(sleepCell, 0, 0, Math.min(left, 0x7fffffff));
        continue;
      } catch {
        canWait = false;
      }
    }
  }
}

function randomFill(bytes) {
  // getRandomValues fills at most 65536 bytes per call.
  for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(bytes.length, i + 65536)));
}

const u64Cell = new BigUint64Array(1);

/**
 * The imports for one instance. `memory` is its GuestMemory, `tables` its
 * handle tables (`pollables`, `streams`).
 */
export function wasiImports(memory, tables) {
  const { pollables, streams } = tables;
  return {
    'wasi:io/error@0.2.0': {
      // The streams below never fail, so no error resource is ever made.
      '[resource-drop]error': () => {},
    },
    'wasi:io/poll@0.2.0': {
      '[resource-drop]pollable': (h) => pollables.remove(h),
      '[method]pollable.block': (h) => {
        const deadline = pollables.get(h);
        if (deadline !== undefined) sleepUntil(deadline);
      },
    },
    'wasi:io/streams@0.2.0': {
      '[method]output-stream.blocking-write-and-flush': (_h, _ptr, _len, ret) => {
        memory.view.setUint8(ret, 0); // ok
      },
    },
    'wasi:cli/stdout@0.2.0': { 'get-stdout': () => streams.add('stdout') },
    'wasi:cli/stderr@0.2.0': { 'get-stderr': () => streams.add('stderr') },
    'wasi:clocks/monotonic-clock@0.2.0': {
      now: () => BigInt(Math.round(performance.now() * NS_PER_MS)),
      'subscribe-duration': (ns) => pollables.add(performance.now() + Number(ns) / NS_PER_MS),
    },
    'wasi:clocks/wall-clock@0.2.0': {
      now: (ret) => {
        const ms = performance.timeOrigin + performance.now();
        const seconds = Math.floor(ms / 1000);
        const nanoseconds = Math.min(999_999_999, Math.round((ms - seconds * 1000) * NS_PER_MS));
        const view = memory.view;
        view.setBigUint64(ret, BigInt(seconds), true);
        view.setUint32(ret + 8, nanoseconds, true);
      },
    },
    'wasi:random/random@0.2.0': {
      'get-random-bytes': (len, ret) => {
        const n = Number(len);
        const ptr = memory.alloc(n, 1);
        randomFill(memory.bytes.subarray(ptr, ptr + n));
        const view = memory.view;
        view.setUint32(ret, ptr, true);
        view.setUint32(ret + 4, n, true);
      },
      'get-random-u64': () => {
        crypto.getRandomValues(u64Cell);
        return u64Cell[0];
      },
    },
  };
}
