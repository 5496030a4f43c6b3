// mpsandbox for JavaScript: the interpreter component, transpiled by jco
// (gen/), instantiated once per sandbox with imports that grant nothing but
// clocks, randomness, captured output and the host functions given.
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

import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import * as random from '@bytecodealliance/preview2-shim/random';

import { instantiate } from '../gen/interpreter.js';
import { OutputStream } from './capture.js';
import { DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { SessionClosed } from './errors.js';
import { outcome } from './outcome.js';
import { PausableRuns, pauseOptionsFrom, pausesTheRun } from './pause.js';

export { DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT_MS } from './defaults.js';
export {
  ConfigurationError, InternalError, Interrupted, InvalidSnapshot, LimitExceeded, PythonError, PythonSyntaxError,
  RequestError, SandboxError, SessionClosed, SessionPoisoned,
} from './errors.js';
export { Pending } from './pause.js';
export { exitCode, report } from './report.js';
const CORE_MODULES = ['interpreter.core.wasm', 'interpreter.core2.wasm', 'interpreter.core3.wasm'];

let compiled;

/** The core modules, compiled once per process or page. */
function compile() {
  compiled ??= Promise.all(CORE_MODULES.map(async (name) => {
    const url = new URL(`../gen/${name}`, import.meta.url);
    if (url.protocol === 'file:') {
      const { readFile } = await import('node:fs/promises');
      return [name, await WebAssembly.compile(await readFile(url))];
    }
    return [name, await WebAssembly.compileStreaming(fetch(url))];
  })).then((entries) => new Map(entries));
  return compiled;
}

/**
 * The `host` import: granted functions by name, JSON both ways. The names in
 * `paused` (pausing and awaitable functions) are listed too, so Python can
 * import them; a pausable run pauses at them before they get here, so a call
 * that does get here was made outside one.
 */
function hostImport(functions, paused) {
  const names = [...Object.keys(functions), ...paused].sort();
  const err = (tag, val) => ({ tag: 'err', val: { tag, val } });
  return {
    functions: () => names,
    call(name, argsJson) {
      if (paused.includes(name)) return err('failed', pausesTheRun(name));
      const f = Object.hasOwn(functions, name) ? functions[name] : undefined;
      if (typeof f !== 'function') return err('unknown-function', `no host function '${name}' is granted`);
      let call;
      try {
        call = JSON.parse(argsJson);
      } catch (e) {
        return err('invalid-arguments', `arguments are not JSON: ${e.message}`);
      }
      const kwargs = call.kwargs ?? {};
      const args = Object.keys(kwargs).length ? [...call.args, kwargs] : call.args;
      let result;
      try {
        result = f(...args);
      } catch (e) {
        return err(e instanceof TypeError ? 'invalid-arguments' : 'failed', `${e?.name ?? 'Error'}: ${e?.message ?? e}`);
      }
      if (result instanceof Promise) return err('failed', `host function '${name}' returned a Promise; host functions are synchronous`);
      try {
        return { tag: 'ok', val: JSON.stringify(result ?? null) };
      } catch (e) {
        return err('failed', `the result cannot be returned: ${e.message}`);
      }
    },
  };
}

/** A fresh instance: its `runtime` and `pausable` exports. */
async function newInstance(functions, { pausing, awaitable }) {
  const modules = await compile();
  const paused = [...pausing, ...awaitable];
  const stdout = new OutputStream();
  const stderr = new OutputStream();
  const imports = {
    'sandbox:interpreter/host': hostImport(functions, paused),
    'wasi:cli/stdout': { getStdout: () => stdout },
    'wasi:cli/stderr': { getStderr: () => stderr },
    'wasi:clocks/monotonic-clock': clocks.monotonicClock,
    'wasi:clocks/wall-clock': clocks.wallClock,
    // No directory is granted: the guest sees no preopens at all.
    'wasi:filesystem/preopens': { getDirectories: () => [] },
    'wasi:filesystem/types': filesystem.types,
    'wasi:io/error': io.error,
    'wasi:io/poll': io.poll,
    'wasi:io/streams': { OutputStream },
    'wasi:random/random': random.random,
  };
  const { runtime, pausable } = await instantiate((name) => modules.get(name), imports);
  return { runtime, pausable };
}

function limitsFrom({ timeoutMs = DEFAULT_TIMEOUT_MS, maxOutput = DEFAULT_MAX_OUTPUT } = {}) {
  for (const [name, v] of [['timeoutMs', timeoutMs], ['maxOutput', maxOutput]]) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${name} must be an integer in 0..2^32-1 (0: none)`);
  }
  return { timeoutMs, maxOutput };
}

/**
 * A persistent interpreter: globals survive between calls.
 * Options: `timeoutMs` (per call, default 30 s; 0: none), `maxOutput`
 * (bytes of stdout+stderr per call, default 1 MiB), `functions` (an object
 * of synchronous functions Python imports from `host`), and for durable runs
 * `pausing`, `awaitable` (names of functions the embedder answers through a
 * Pending) and `maxPauses` (per run, default 1000).
 */
export class Session {
  #runtime;
  #runs;
  #options;

  constructor(instance, options) {
    this.#options = options;
    this.#attach(instance);
  }

  static async create(options = {}) {
    const limits = limitsFrom(options);
    const functions = { ...(options.functions ?? {}) };
    const pause = pauseOptionsFrom({ ...options, functions });
    return new Session(await newInstance(functions, pause), { limits, functions, pause });
  }

  #attach({ runtime, pausable }) {
    this.#runtime = runtime;
    this.#runs = new PausableRuns(pausable, () => this.#live(), this.#options.limits, this.#options.pause);
  }

  #live() {
    if (!this.#runtime) throw new SessionClosed('the session is closed');
    return this.#runtime;
  }

  /** The runtime export for exec and eval, which wait while a run is paused. */
  #idle() {
    const runtime = this.#live();
    this.#runs.refuseIfPaused();
    return runtime;
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

  /** A fresh interpreter in place of this one (same options); a paused run is dropped. */
  async reset() {
    this.#live();
    this.#runs.drop();
    const { functions, pause } = this.#options;
    this.#attach(await newInstance(functions, pause));
  }

  close() {
    this.#runs.drop();
    this.#runtime = undefined;
  }

  get closed() {
    return this.#runtime === undefined;
  }

  /** The interpreter's name, version and importable modules. */
  describe() {
    return this.#live().describe();
  }
}

/** Runs `code` in a fresh sandbox; same options as Session.create. */
export async function run(code, options = {}) {
  const session = await Session.create(options);
  try {
    return session.exec(code);
  } finally {
    session.close();
  }
}
