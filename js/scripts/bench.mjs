// The JS host's benchmark rows, printed as JSON lines for
// scripts/bench/run.py: a fresh sandbox running print(1), and a session
// call, each with the reference it is compared with, measured in the same
// run: the package before pooled instances and its own glue, which
// instantiated the component through jco's generated bindings for every
// sandbox (gen/interpreter.js over @bytecodealliance/preview2-shim). Also a
// fresh sandbox with the pool turned off (the own glue alone).
//
//   node scripts/bench.mjs
import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import * as random from '@bytecodealliance/preview2-shim/random';

import { instantiate } from '../gen/interpreter.js';
import { pool, run, Session } from '../src/index.js';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function timed(n, f) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f(i);
    times.push(performance.now() - t);
  }
  return median(times) * 1000;
}

// --- the reference: jco's bindings, an instance per sandbox -----------------
const jcoModules = new Map(await Promise.all(['interpreter.core.wasm', 'interpreter.core2.wasm', 'interpreter.core3.wasm']
  .map(async (name) => [name, await WebAssembly.compile(await (await import('node:fs/promises')).readFile(new URL(`../gen/${name}`, import.meta.url)))])));

class DroppedOutput {
  blockingWriteAndFlush() {}
  [Symbol.dispose]() {}
}

/** A sandbox as the package made one before: jco's instantiate with preview2-shim's WASI. */
async function jcoSandbox() {
  const { runtime } = await instantiate((name) => jcoModules.get(name), {
    'sandbox:interpreter/host': { functions: () => [], call: () => ({ tag: 'err', val: { tag: 'unknown-function', val: '' } }) },
    'wasi:cli/stdout': { getStdout: () => new DroppedOutput() },
    'wasi:cli/stderr': { getStderr: () => new DroppedOutput() },
    'wasi:clocks/monotonic-clock': clocks.monotonicClock,
    'wasi:clocks/wall-clock': clocks.wallClock,
    'wasi:filesystem/preopens': { getDirectories: () => [] },
    'wasi:filesystem/types': filesystem.types,
    'wasi:io/error': io.error,
    'wasi:io/poll': io.poll,
    'wasi:io/streams': { OutputStream: DroppedOutput },
    'wasi:random/random': random.random,
  });
  return runtime;
}

function row(name, value, what, reference) {
  const line = { name, value, unit: 'us', what };
  if (reference) Object.assign(line, { reference, ratio: value / reference.value });
  console.log(JSON.stringify(line));
}

const MAX_OUTPUT = 1 << 20;
const TIMEOUT_MS = 30_000;

await run('pass'); // compiles the core module once
(await jcoSandbox()).execCaptured('pass', MAX_OUTPUT, TIMEOUT_MS);

const jcoFresh = await timed(300, async () => (await jcoSandbox()).execCaptured('print(1)', MAX_OUTPUT, TIMEOUT_MS));
const fresh = await timed(300, () => run('print(1)'));
pool.maxIdle = 0;
const unpooled = await timed(300, () => run('print(1)'));
pool.maxIdle = 4;
const reference = { what: "jco's bindings, an instance per sandbox (the package before)", value: jcoFresh };
row('js_startup', fresh, "run('print(1)'), median of 300", reference);
row('js_startup_unpooled', unpooled, "run('print(1)') with pool.maxIdle = 0, median of 300", reference);

const jcoSession = await jcoSandbox();
jcoSession.execCaptured('x = 0', MAX_OUTPUT, TIMEOUT_MS);
const jcoCall = await timed(10000, () => jcoSession.execCaptured('x = x + 1', MAX_OUTPUT, TIMEOUT_MS));
const s = await Session.create();
s.exec('x = 0');
const call = await timed(10000, () => s.exec('x = x + 1'));
row('js_session_call', call, "session.exec('x = x + 1'), median of 10000",
  { what: "jco's bindings (the package before)", value: jcoCall });
