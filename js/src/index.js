// mpsandbox for JavaScript: the interpreter component, transpiled by jco
// (gen/), instantiated once per sandbox with imports that grant nothing but
// clocks, randomness, captured output and the host functions given.
//
//   import { run, Session } from 'mpsandbox';
//   const { stdout } = await run('print(6 * 7)');          // '42\n'
//   const s = await Session.create({ functions: { twice: (x) => 2 * x } });
//   s.exec('from host import twice\nx = twice(21)');
//   s.eval('x');                                            // { value: '42', ... }

import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import * as random from '@bytecodealliance/preview2-shim/random';

import { instantiate } from '../gen/interpreter.js';
import { OutputStream } from './capture.js';
import { DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { InternalError, LimitExceeded, PythonError, PythonSyntaxError, SessionClosed } from './errors.js';

export { DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT_MS } from './defaults.js';
export {
  ConfigurationError, InternalError, Interrupted, InvalidSnapshot, LimitExceeded, PythonError, PythonSyntaxError,
  RequestError, SandboxError, SessionClosed, SessionPoisoned,
} from './errors.js';
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

/** The `host` import: granted functions by name, JSON both ways. */
function hostImport(functions) {
  const names = Object.keys(functions).sort();
  const err = (tag, val) => ({ tag: 'err', val: { tag, val } });
  return {
    functions: () => names,
    call(name, argsJson) {
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

async function newInstance(functions) {
  const modules = await compile();
  const stdout = new OutputStream();
  const stderr = new OutputStream();
  const imports = {
    'sandbox:interpreter/host': hostImport(functions),
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
  const exports = await instantiate((name) => modules.get(name), imports);
  return exports.runtime;
}

function outcome(captured, result, limits) {
  const output = { stdout: new TextDecoder().decode(captured.stdout), stderr: new TextDecoder().decode(captured.stderr) };
  if (captured.truncated) throw new LimitExceeded('output', `more than ${limits.maxOutput} bytes of output`, output);
  if (captured.timedOut) throw new LimitExceeded('timeout', `the call ran past ${limits.timeoutMs} ms`, output);
  if (result.tag === 'ok') return output;
  const e = result.val;
  if (e.tag === 'exception') throw new PythonError(e.val, output);
  if (e.tag === 'syntax') throw new PythonSyntaxError(e.val, output);
  throw new InternalError(String(e.val), output);
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
 * of synchronous functions Python imports from `host`).
 */
export class Session {
  #runtime;
  #options;

  constructor(runtime, options) {
    this.#runtime = runtime;
    this.#options = options;
  }

  static async create(options = {}) {
    const limits = limitsFrom(options);
    const functions = { ...(options.functions ?? {}) };
    return new Session(await newInstance(functions), { limits, functions });
  }

  #live() {
    if (!this.#runtime) throw new SessionClosed('the session is closed');
    return this.#runtime;
  }

  /** Runs `code`; returns `{ stdout, stderr }` or throws a SandboxError. */
  exec(code) {
    const { timeoutMs, maxOutput } = this.#options.limits;
    const [captured, result] = this.#live().execCaptured(String(code), maxOutput, timeoutMs);
    return outcome(captured, result, this.#options.limits);
  }

  /** Evaluates one expression; returns `{ value, stdout, stderr }`, value its repr(). */
  eval(expression) {
    const { timeoutMs, maxOutput } = this.#options.limits;
    const [captured, result] = this.#live().evalCaptured(String(expression), maxOutput, timeoutMs);
    return { value: result.tag === 'ok' ? result.val : undefined, ...outcome(captured, result, this.#options.limits) };
  }

  /** A fresh interpreter in place of this one (same options). */
  async reset() {
    this.#live();
    this.#runtime = await newInstance(this.#options.functions);
  }

  close() {
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
