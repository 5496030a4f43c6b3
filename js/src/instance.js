// One instance of the interpreter's core module (gen/interpreter.core.wasm,
// which jco extracts from the committed component) with this package's own
// canonical-ABI glue for the interpreter world: its imports and the exports
// the package calls. jco's generated glue makes every call and import a
// component-model task (~10 us a call); the world is small and fixed, so
// the lifting and lowering are written out here and a call costs about one
// microsecond (scripts/bench.mjs measures both).
//
// Layouts are wit-bindgen's for wasm32 (what the guest's C bindings read and
// write): a record's fields in order at their alignment, 4-byte pointers, a
// variant's tag and then its payload at the payload's alignment.
// test/abi.test.js checks the module's import and export signatures against
// SIGNATURES, so a change to wit/interpreter.wit cannot slip past this file.
//
// An instance serves one sandbox at a time (`bind`), and returns to the
// state it was instantiated in with `restore` (pool.js).
import { GuestMemory, HandleTable } from './abi.js';
import { MemoryImage } from './memory-image.js';
import { InternalError, LimitExceeded, RequestError } from './errors.js';
import { callHost, hostNames } from './host.js';
import { filesystemImports } from './wasi-filesystem.js';
import { wasiImports } from './wasi.js';

const RUNTIME = 'sandbox:interpreter/runtime@0.1.0#';
const PAUSABLE = 'sandbox:interpreter/pausable@0.1.0#';

/**
 * Free space given to the guest's allocator before the instance is first
 * used. A fresh instance's allocator has almost none left, so a program
 * printing a few KiB would grow linear memory, and an instance whose memory
 * grew cannot be made fresh again (memory cannot shrink). With this much, a
 * typical program (hundreds of KiB of output or objects) leaves its
 * instance reusable; restoring it costs a zero fill of this size.
 */
const HEAP_HEADROOM = 512 << 10;

/** The core signatures this file lowers to and lifts from: name to "params>results" (i: i32, I: i64). */
export const SIGNATURES = {
  imports: {
    'sandbox:interpreter/host@0.1.0': { functions: 'i>', call: 'iiiii>' },
    'wasi:cli/stderr@0.2.0': { 'get-stderr': '>i' },
    'wasi:cli/stdout@0.2.0': { 'get-stdout': '>i' },
    'wasi:clocks/monotonic-clock@0.2.0': { now: '>I', 'subscribe-duration': 'I>i' },
    'wasi:clocks/wall-clock@0.2.0': { now: 'i>' },
    'wasi:filesystem/preopens@0.2.0': { 'get-directories': 'i>' },
    'wasi:filesystem/types@0.2.0': {
      '[resource-drop]descriptor': 'i>', '[resource-drop]directory-entry-stream': 'i>',
      '[method]descriptor.read': 'iIIi>', '[method]descriptor.write': 'iiiIi>', '[method]descriptor.read-directory': 'ii>',
      '[method]descriptor.create-directory-at': 'iiii>', '[method]descriptor.stat': 'ii>', '[method]descriptor.stat-at': 'iiiii>',
      '[method]descriptor.open-at': 'iiiiiii>', '[method]descriptor.remove-directory-at': 'iiii>',
      '[method]descriptor.rename-at': 'iiiiiii>', '[method]descriptor.unlink-file-at': 'iiii>',
      '[method]directory-entry-stream.read-directory-entry': 'ii>',
    },
    'wasi:io/error@0.2.0': { '[resource-drop]error': 'i>' },
    'wasi:io/poll@0.2.0': { '[resource-drop]pollable': 'i>', '[method]pollable.block': 'i>' },
    'wasi:io/streams@0.2.0': { '[method]output-stream.blocking-write-and-flush': 'iiii>' },
    'wasi:random/random@0.2.0': { 'get-random-bytes': 'Ii>', 'get-random-u64': '>I' },
  },
  exports: {
    _initialize: '>',
    cabi_realloc: 'iiii>i',
    [`${RUNTIME}describe`]: '>i',
    [`${RUNTIME}exec-captured`]: 'iiii>i',
    [`${RUNTIME}eval-captured`]: 'iiii>i',
    [`${RUNTIME}set-guest-limits`]: 'II>',
    [`${RUNTIME}last-guest-limit`]: '>i',
    [`${PAUSABLE}start`]: 'iiiiiiiii>i',
    [`${PAUSABLE}resume`]: 'iiiii>i',
    [`${PAUSABLE}pending`]: '>i',
    [`${PAUSABLE}cancel`]: '>i',
    [`cabi_post_${RUNTIME}describe`]: 'i>',
    [`cabi_post_${RUNTIME}exec-captured`]: 'i>',
    [`cabi_post_${RUNTIME}eval-captured`]: 'i>',
    [`cabi_post_${PAUSABLE}start`]: 'i>',
    [`cabi_post_${PAUSABLE}resume`]: 'i>',
    [`cabi_post_${PAUSABLE}pending`]: 'i>',
  },
};

/** The WIT `call-error` cases, by their index. */
const CALL_ERROR_TAGS = ['unknown-function', 'invalid-arguments', 'failed', 'limit'];
const REFUSAL_TAGS = ['busy', 'not-paused', 'unknown-call', 'duplicate-answer', 'invalid-result'];
const ERROR_TAGS = ['exception', 'syntax', 'internal'];
/** The WIT `guest-limit` cases, by their index. */
const GUEST_LIMIT_TAGS = ['memory', 'steps'];

/**
 * The error a trap gives. The one a program can cause on purpose is deep
 * recursion: each Python call nests several wasm frames on the engine's own
 * stack (about 1 MB on Node's main thread), which runs out before
 * MicroPython's recursion check on its 2 MiB shadow stack fires. That is a
 * stack limit; anything else is a sandbox bug.
 */
function trapError(e) {
  const message = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
  if (e instanceof RangeError || /too much recursion/i.test(message)) {
    return new LimitExceeded('stack', `the program recursed deeper than this JavaScript engine's stack allows (${message})`);
  }
  return new InternalError(`the interpreter trapped: ${message}`);
}

/** A refusal of the `pausable` interface: `payload` is the WIT `refusal` ({ tag, val }). */
export class Refusal extends Error {
  constructor(payload) {
    super(`refused: ${payload.tag}`);
    this.payload = payload;
  }
}

export class Instance {
  #memory = new GuestMemory();
  #exports;
  #tables = {
    pollables: new HandleTable(), streams: new HandleTable(), descriptors: new HandleTable(), dirStreams: new HandleTable(),
  };
  /** The sandbox this instance serves: { functions, paused, names, overlay }. */
  #binding = null;
  #busy = false;
  /** A call trapped: the instance's state is unknown, and it is never used again. */
  broken = false;

  /** A new instance of `module`, initialized (its start function run). */
  static async create(module) {
    const instance = new Instance();
    const { exports } = await WebAssembly.instantiate(module, instance.#imports());
    instance.#exports = exports;
    instance.#memory.attach(exports.memory, exports.cabi_realloc);
    exports._initialize();
    // Allocating the headroom and shrinking the block to one byte leaves the
    // rest free at the top of the allocator's heap: every instance is made
    // the same way, so every one starts as the pristine image.
    const block = exports.cabi_realloc(0, 0, 1, HEAP_HEADROOM);
    exports.cabi_realloc(block, HEAP_HEADROOM, 1, 1);
    return instance;
  }

  #imports() {
    const memory = this.#memory;
    const binding = () => this.#binding;
    return {
      ...wasiImports(memory, this.#tables),
      ...filesystemImports(memory, this.#tables, () => binding()?.overlay ?? null),
      'sandbox:interpreter/host@0.1.0': {
        functions: (ret) => {
          const [list, n] = memory.lowerStrings(binding()?.names ?? []);
          const view = memory.view;
          view.setUint32(ret, list, true);
          view.setUint32(ret + 4, n, true);
        },
        call: (namePtr, nameLen, argsPtr, argsLen, ret) => {
          const b = binding();
          const name = memory.string(namePtr, nameLen);
          const r = b ? callHost(b.functions, b.paused, name, memory.string(argsPtr, argsLen))
            : { tag: 'err', val: { tag: 'unknown-function', val: `no host function '${name}' is granted` } };
          if (r.tag === 'ok') {
            memory.storeString(ret + 4, r.val);
            memory.view.setUint8(ret, 0);
          } else {
            memory.storeString(ret + 8, r.val.val);
            const view = memory.view;
            view.setUint8(ret, 1);
            view.setUint8(ret + 4, CALL_ERROR_TAGS.indexOf(r.val.tag));
          }
        },
      },
    };
  }

  /** Serves the sandbox `binding` ({ functions, paused, overlay }) from the next call on. */
  bind({ functions = {}, paused = [], overlay = null }) {
    this.#binding = { functions, paused, names: hostNames(functions, paused), overlay };
  }

  /**
   * The limits the interpreter enforces on itself from the next call on
   * (runtime.set-guest-limits): `memory`, a cap on linear memory in bytes,
   * and `maxSteps`, steps per call (each 0: none). They are kept in the
   * instance's memory, so `restore` forgets them: each sandbox sets its own.
   */
  setGuestLimits({ memory, maxSteps }) {
    this.#call((ex) => ex[`${RUNTIME}set-guest-limits`](BigInt(memory), BigInt(maxSteps)));
  }

  /** Which guest limit the last call ran into (runtime.last-guest-limit): 'memory', 'steps' or null. */
  #guestLimit(ex) {
    const r = ex[`${RUNTIME}last-guest-limit`]();
    const view = this.#memory.view;
    return view.getUint8(r) === 0 ? null : GUEST_LIMIT_TAGS[view.getUint8(r + 1)];
  }

  /** Bytes of linear memory the instance has now. */
  get memorySize() {
    return this.#memory.byteLength;
  }

  /** The whole linear memory as it is now. */
  image() {
    return new MemoryImage(this.#memory.bytes.slice());
  }

  /**
   * Whether `restore(image)` can make this instance what a fresh one is:
   * it never trapped, runs nothing, and its memory has not grown (linear
   * memory cannot shrink).
   */
  restorable(image) {
    return !this.broken && !this.#busy && this.#memory.byteLength === image.length;
  }

  /**
   * Returns to the state of a fresh instance: every byte of memory as
   * `image` (taken right after instantiation), no handles, no sandbox. The
   * wasm globals need nothing: between calls the stack pointer is back at
   * its start, and the snapshot interface's restore bookkeeping is only set
   * inside a restore, which this package never begins.
   */
  restore(image) {
    image.copyTo(this.#memory.bytes);
    for (const table of Object.values(this.#tables)) table.clear();
    this.#binding = null;
  }

  /** Runs one export call: refuses re-entry, and marks the instance broken if it traps. */
  #call(f) {
    if (this.#busy) throw new RequestError('a host function called into its own sandbox: a sandbox runs one call at a time');
    if (this.broken) throw new InternalError('this interpreter trapped earlier and cannot be used');
    this.#busy = true;
    try {
      return f(this.#exports);
    } catch (e) {
      this.broken = true;
      throw trapError(e);
    } finally {
      this.#busy = false;
    }
  }

  /** `captured-output` at `at`; the call adds `guestLimit` once its result is read. */
  #captured(at) {
    const view = this.#memory.view;
    return {
      stdout: this.#memory.copy(view.getUint32(at, true), view.getUint32(at + 4, true)),
      stderr: this.#memory.copy(view.getUint32(at + 8, true), view.getUint32(at + 12, true)),
      truncated: view.getUint8(at + 16) !== 0,
      timedOut: view.getUint8(at + 17) !== 0,
    };
  }

  /** The runtime `error` variant at `at`. */
  #error(at) {
    const m = this.#memory;
    const view = m.view;
    const str = (o) => m.string(view.getUint32(at + o, true), view.getUint32(at + o + 4, true));
    const tag = ERROR_TAGS[view.getUint8(at)];
    if (tag === 'exception') return { tag, val: { typeName: str(4), message: str(12), traceback: str(20) } };
    if (tag === 'syntax') {
      return {
        tag,
        val: {
          typeName: str(4), message: str(12), filename: str(20),
          line: view.getUint32(at + 28, true), column: view.getUint32(at + 32, true), traceback: str(36),
        },
      };
    }
    return { tag, val: str(4) };
  }

  /** `list<host-call>` at (ptr, len). */
  #hostCalls(ptr, len) {
    const m = this.#memory;
    const view = m.view;
    const calls = [];
    for (let i = 0, at = ptr; i < len; i++, at += 24) {
      calls.push({
        id: view.getUint32(at, true),
        name: m.string(view.getUint32(at + 4, true), view.getUint32(at + 8, true)),
        arguments: m.string(view.getUint32(at + 12, true), view.getUint32(at + 16, true)),
        awaited: view.getUint8(at + 20) !== 0,
      });
    }
    return calls;
  }

  /**
   * The interpreter's identity. The same for every instance of the module,
   * so asked once: the answer (its module list) grows the memory of the
   * instance that computes it past reuse.
   */
  describe() {
    Instance.#identity ??= this.#describe();
    return structuredClone(Instance.#identity);
  }

  static #identity = null;

  #describe() {
    return this.#call((ex) => {
      const r = ex[`${RUNTIME}describe`]();
      const m = this.#memory;
      const view = m.view;
      const str = (o) => m.string(view.getUint32(r + o, true), view.getUint32(r + o + 4, true));
      const id = {
        implementation: str(0), version: str(8), languageVersion: str(16), source: str(24),
        modules: m.strings(view.getUint32(r + 32, true), view.getUint32(r + 36, true)),
      };
      ex[`cabi_post_${RUNTIME}describe`](r);
      return id;
    });
  }

  /** exec-captured: [captured-output, result<_, error>]. */
  execCaptured(source, maxOutput, timeoutMs) {
    return this.#call((ex) => {
      const [p, n] = this.#memory.lowerString(source);
      const r = ex[`${RUNTIME}exec-captured`](p, n, maxOutput, timeoutMs);
      const captured = this.#captured(r);
      const result = this.#memory.view.getUint8(r + 20) === 0 ? { tag: 'ok' } : { tag: 'err', val: this.#error(r + 24) };
      ex[`cabi_post_${RUNTIME}exec-captured`](r);
      captured.guestLimit = this.#guestLimit(ex);
      return [captured, result];
    });
  }

  /** eval-captured: [captured-output, result<string, error>]. */
  evalCaptured(expression, maxOutput, timeoutMs) {
    return this.#call((ex) => {
      const m = this.#memory;
      const [p, n] = m.lowerString(expression);
      const r = ex[`${RUNTIME}eval-captured`](p, n, maxOutput, timeoutMs);
      const captured = this.#captured(r);
      const view = m.view;
      const result = view.getUint8(r + 20) === 0
        ? { tag: 'ok', val: m.string(view.getUint32(r + 24, true), view.getUint32(r + 28, true)) }
        : { tag: 'err', val: this.#error(r + 24) };
      ex[`cabi_post_${RUNTIME}eval-captured`](r);
      captured.guestLimit = this.#guestLimit(ex);
      return [captured, result];
    });
  }

  /** result<step, refusal> at `r`, as a step ({ progress, output }) or a thrown Refusal. */
  #step(ex, name, r) {
    const view = this.#memory.view;
    let step;
    let refusal;
    if (view.getUint8(r) !== 0) {
      const tag = REFUSAL_TAGS[view.getUint8(r + 4)];
      refusal = { tag, val: tag === 'busy' || tag === 'not-paused' ? undefined : view.getUint32(r + 8, true) };
    } else {
      const progress = view.getUint8(r + 4) === 0
        ? { tag: 'done', val: view.getUint8(r + 8) === 0 ? { tag: 'ok' } : { tag: 'err', val: this.#error(r + 12) } }
        : { tag: 'paused', val: this.#hostCalls(view.getUint32(r + 8, true), view.getUint32(r + 12, true)) };
      step = { progress, output: view.getUint8(r + 56) !== 0 ? this.#captured(r + 60) : undefined };
    }
    ex[`cabi_post_${PAUSABLE}${name}`](r);
    if (refusal) throw new Refusal(refusal);
    if (step.output) step.output.guestLimit = this.#guestLimit(ex);
    return step;
  }

  /**
   * A pausable call that answers a step: `invoke(ex, memory)` lowers the
   * arguments and calls the export. A refusal leaves #call as a value (a
   * throw there marks the instance broken) and is thrown here.
   */
  #pausableStep(name, invoke) {
    const step = this.#call((ex) => {
      const r = invoke(ex, this.#memory);
      try {
        return this.#step(ex, name, r);
      } catch (e) {
        if (e instanceof Refusal) return e;
        throw e;
      }
    });
    if (step instanceof Refusal) throw step;
    return step;
  }

  /** pausable.start(source, { pausing, awaitable, capture }): a step, or throws a Refusal. */
  start(source, { pausing, awaitable, capture }) {
    return this.#pausableStep('start', (ex, m) => {
      const [sp, sn] = m.lowerString(source);
      const [pp, pn] = m.lowerStrings(pausing);
      const [ap, an] = m.lowerStrings(awaitable);
      return ex[`${PAUSABLE}start`](sp, sn, pp, pn, ap, an, capture ? 1 : 0, capture?.maxOutput ?? 0, capture?.timeoutMs ?? 0);
    });
  }

  /** pausable.resume(answers, capture): a step, or throws a Refusal. */
  resume(answers, capture) {
    return this.#pausableStep('resume', (ex, m) => {
      const list = m.alloc(20 * answers.length, 4);
      answers.forEach(({ id, reply }, i) => {
        const at = list + 20 * i;
        if (reply.tag === 'ok') {
          m.storeString(at + 8, reply.val);
        } else {
          m.storeString(at + 12, reply.val.val);
          m.view.setUint8(at + 8, CALL_ERROR_TAGS.indexOf(reply.val.tag));
        }
        const view = m.view;
        view.setUint32(at, id, true);
        view.setUint8(at + 4, reply.tag === 'ok' ? 0 : 1);
      });
      return ex[`${PAUSABLE}resume`](list, answers.length, capture ? 1 : 0, capture?.maxOutput ?? 0, capture?.timeoutMs ?? 0);
    });
  }

  /** The paused run's unanswered calls. */
  pending() {
    return this.#call((ex) => {
      const r = ex[`${PAUSABLE}pending`]();
      const view = this.#memory.view;
      const calls = this.#hostCalls(view.getUint32(r, true), view.getUint32(r + 4, true));
      ex[`cabi_post_${PAUSABLE}pending`](r);
      return calls;
    });
  }

  cancel() {
    return this.#call((ex) => ex[`${PAUSABLE}cancel`]() !== 0);
  }
}
