// mpsandbox for JavaScript: the interpreter's core module (gen/, extracted
// from the committed component by jco) run with this package's own glue
// (instance.js), one instance per sandbox at a time, taken from a pool of
// instances restored to their pristine state (pool.js). Its imports grant
// clocks, randomness, captured output, the host functions given and the
// files given (overlay.js), nothing else.
//
//   import { run, Session } from 'mpsandbox';
//   const { stdout } = await run('print(6 * 7)');          // '42\n'
//   const s = await Session.create({ functions: { twice: (x) => 2 * x } });
//   s.exec('from host import twice\nx = twice(21)');
//   s.eval('x');                                            // { value: '42', ... }
//
// Durable runs (pause.js): Session.start(code) pauses at calls to the
// functions named in `pausing`/`awaitable` and resolves to a Pending the
// embedder answers.

import { DEFAULT_MAX_OUTPUT, DEFAULT_MAX_STEPS, DEFAULT_MEMORY, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { assertEngine } from './engine.js';
import { ConfigurationError, SandboxError, SessionClosed, SessionPoisoned } from './errors.js';
import { outcome } from './outcome.js';
import { Overlay } from './overlay.js';
import { PausableRuns, pauseOptionsFrom } from './pause.js';
import { acquire, release } from './pool.js';

export { DEFAULT_MAX_OUTPUT, DEFAULT_MAX_STEPS, DEFAULT_MEMORY, DEFAULT_TIMEOUT_MS } from './defaults.js';
export {
  ConfigurationError, InternalError, Interrupted, InvalidSnapshot, LimitExceeded, PythonError, PythonSyntaxError,
  RequestError, SandboxError, SessionClosed, SessionPoisoned,
} from './errors.js';
export { DEFAULT_MAX_FILES_SIZE, DEFAULT_MAX_WRITE } from './overlay.js';
export { Pending } from './pause.js';
export { pool } from './pool.js';
export { exitCode, report } from './report.js';

// An engine without exnref (Node < 24) fails here, naming what it needs,
// instead of at the first compile with a WebAssembly message.
assertEngine();

function limitsFrom({
  timeoutMs = DEFAULT_TIMEOUT_MS, maxOutput = DEFAULT_MAX_OUTPUT, memory = DEFAULT_MEMORY, maxSteps = DEFAULT_MAX_STEPS,
} = {}) {
  for (const [name, v] of [['timeoutMs', timeoutMs], ['maxOutput', maxOutput]]) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${name} must be an integer in 0..2^32-1 (0: none)`);
  }
  // As in the Rust host, memory always has a cap (a number of bytes); the
  // step budget, like fuel there, is off unless given.
  if (!Number.isSafeInteger(memory) || memory <= 0) throw new RangeError('memory must be a positive integer (bytes)');
  if (!Number.isSafeInteger(maxSteps) || maxSteps < 0) throw new RangeError('maxSteps must be a non-negative integer (0: none)');
  return { timeoutMs, maxOutput, memory, maxSteps };
}

/**
 * Refuses a memory cap the instance is already past: linear memory cannot
 * shrink, so such a sandbox could not allocate at all. The Rust host refuses
 * the same (ConfigError::MemoryTooSmall).
 */
function checkMemoryFits(instance, { memory }) {
  const needed = instance.memorySize;
  if (memory >= needed) return;
  release(instance);
  throw new ConfigurationError(`a memory cap of ${memory} bytes is too small: the interpreter needs ${needed} bytes ` +
    `to start (give at least ${Math.ceil(needed / (1 << 20))} MiB)`);
}

/**
 * A persistent interpreter: globals survive between calls.
 * Options: `timeoutMs` (per call, default 30 s; 0: none), `maxOutput`
 * (bytes of stdout+stderr per call, default 1 MiB), `memory` (cap on the
 * instance's linear memory in bytes, default 256 MiB; the interpreter's heap
 * does not grow past it), `maxSteps` (the interpreter's steps per call,
 * counted at loop branches and returns; default 0: none), `functions` (an object
 * of synchronous functions Python imports from `host`), `files` (path to
 * contents: an in-memory overlay the program reads and writes, overlay.js)
 * with `maxFilesSize`, `maxWrite` and `readOnlyFiles`, and for durable runs
 * `pausing`, `awaitable` (names of functions the embedder answers through a
 * Pending) and `maxPauses` (per run, default 1000).
 */
export class Session {
  /** The pooled instance this session runs on; undefined once closed. */
  #instance;
  #overlay;
  #runs;
  #options;

  /** @internal Made by Session.create. */
  constructor(instance, overlay, options) {
    this.#options = options;
    this.#attach(instance, overlay);
  }

  static async create(options = {}) {
    const limits = limitsFrom(options);
    const functions = { ...(options.functions ?? {}) };
    const pause = pauseOptionsFrom({ ...options, functions });
    // Kept to make the overlay again on reset().
    const { files, maxFilesSize, maxWrite, readOnlyFiles } = options;
    const fileOptions = { files, maxFilesSize, maxWrite, readOnlyFiles };
    const overlay = Overlay.from(fileOptions); // bad files or limits refused before anything runs
    const instance = await acquire();
    checkMemoryFits(instance, limits);
    return new Session(instance, overlay, { limits, functions, pause, files: fileOptions });
  }

  #attach(instance, overlay) {
    const { functions, pause, limits } = this.#options;
    this.#overlay = overlay;
    instance.bind({ functions, paused: [...pause.pausing, ...pause.awaitable], overlay: this.#overlay });
    // Every time: the limits live in the instance's memory, which a pooled
    // instance had restored to the pristine image (no limits) when it came back.
    instance.setGuestLimits(limits);
    this.#instance = instance;
    this.#runs = new PausableRuns(instance, () => this.#live(), limits, pause);
  }

  #live() {
    if (!this.#instance) throw new SessionClosed('the session is closed');
    if (this.#instance.broken) {
      throw new SessionPoisoned('an earlier call stopped the interpreter (it trapped): reset() the session to continue');
    }
    return this.#instance;
  }

  /** The instance for exec and eval, which wait while a run is paused. */
  #idle() {
    const instance = this.#live();
    this.#runs.refuseIfPaused();
    return instance;
  }

  /** Runs `code`; returns `{ stdout, stderr }` or throws a SandboxError. */
  exec(code) {
    const { timeoutMs, maxOutput } = this.#options.limits;
    const [captured, result] = this.#idle().execCaptured(String(code), maxOutput, timeoutMs);
    return outcome(captured, result, this.#options.limits);
  }

  /** Evaluates one expression; returns `{ value, stdout, stderr }`, value its repr(). */
  eval(expression) {
    const { timeoutMs, maxOutput } = this.#options.limits;
    const [captured, result] = this.#idle().evalCaptured(String(expression), maxOutput, timeoutMs);
    return { value: result.tag === 'ok' ? result.val : undefined, ...outcome(captured, result, this.#options.limits) };
  }

  /**
   * Runs `code` as a durable run: resolves to `{ stdout, stderr }` when it
   * ends, or to a Pending when it pauses at host calls. The limits bound the
   * whole run (time paused not counted).
   */
  async start(code) {
    return this.#runs.start(code);
  }

  /** The paused run's Pending (also after its holder lost it), or null. */
  get pending() {
    return this.closed ? null : this.#runs.pending;
  }

  /**
   * The files the program created or wrote to (path to bytes), from the
   * overlay the `files` option gave; {} without one. Readable after close.
   */
  files() {
    return this.#overlay?.written() ?? {};
  }

  /**
   * A fresh interpreter in place of this one (same options; the overlay
   * made again from the `files` object given); a paused run is dropped.
   * Also the way on after a trap.
   */
  async reset() {
    if (this.closed) throw new SessionClosed('the session is closed');
    const overlay = Overlay.from(this.#options.files);
    this.#runs.drop();
    const old = this.#instance;
    this.#instance = undefined;
    release(old);
    this.#attach(await acquire(), overlay);
  }

  /** Ends the session; its interpreter goes back to the pool, restored to a fresh one. */
  close() {
    if (this.closed) return;
    this.#runs.drop();
    const instance = this.#instance;
    this.#instance = undefined;
    release(instance);
  }

  get closed() {
    return this.#instance === undefined;
  }

  /** The interpreter's name, version and importable modules. */
  describe() {
    return this.#live().describe();
  }
}

/**
 * Runs `code` in a fresh sandbox; same options as Session.create. With
 * `files`, the result (or the SandboxError) also carries `files`: those the
 * program created or wrote to.
 */
export async function run(code, options = {}) {
  const session = await Session.create(options);
  const withFiles = options.files !== undefined && options.files !== null;
  try {
    const out = session.exec(code);
    return withFiles ? { ...out, files: session.files() } : out;
  } catch (e) {
    if (withFiles && e instanceof SandboxError) e.files = session.files();
    throw e;
  } finally {
    session.close();
  }
}
