#!/usr/bin/env node
// `mpsandbox` for Node: the Rust CLI's flags and exit codes where a JS host
// can enforce them. Each run is a fresh sandbox in a worker thread
// (src/isolated.js).
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_OUTPUT, DEFAULT_MAX_STEPS, DEFAULT_MEMORY, DEFAULT_TIMEOUT_MS } from '../src/defaults.js';
import { engineProblem } from '../src/engine.js';
import { EXIT_CODES } from '../src/errors.js';
import { parseCount, parseDuration, parseSize } from '../src/flags.js';
import { runIsolated } from '../src/isolated.js';
import { exitCode, report } from '../src/report.js';

const USAGE = `usage: mpsandbox [-c CODE | FILE | -] [--json] [--timeout DURATION] [--max-output SIZE]
                 [--memory SIZE] [--max-steps N]

Runs Python (MicroPython, WebAssembly) with no files, network or environment.
  -c CODE             the program as a string; FILE reads a script; '-' (or nothing) reads stdin
  --json              print one JSON object: {"ok", "stdout", "stderr", "error", "stats"}
  --timeout DURATION  wall-clock limit (500ms, 2s, 1m; 0 or 'none': no limit), default 30s
  --max-output SIZE   cap on stdout+stderr bytes (64K, 1M), default 1M
  --memory SIZE       cap on the sandbox's linear memory (64M, 1G), default 256M; the
                      interpreter's heap does not grow past it (limit "memory")
  --max-steps N       interpreter steps (loop branches and returns) the run may take,
                      default none; past it the run stops (limit "fuel")
Exit status: 0 ok, 1 Python exception or syntax error, 2 usage, 3 limit, 4 internal (docs/errors.md).
Not available in this host (use the Rust mpsandbox): --fuel (JS engines do not
meter WebAssembly instructions: --max-steps counts the interpreter's steps),
--dir/--dir-rw, --allow-http, --session, --repl.`;

const UNSUPPORTED = {
  '--fuel': 'JS engines do not meter WebAssembly instructions; --max-steps N bounds the interpreter\'s steps instead',
  '--dir': 'directory grants need the Rust host', '--dir-rw': 'directory grants need the Rust host',
  '--allow-http': 'HTTP needs the Rust host', '--session': 'use the library\'s Session', '--repl': 'use the Rust host',
};

function usage(message) {
  process.stderr.write(`mpsandbox: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv) {
  const opts = {
    json: false, timeoutMs: DEFAULT_TIMEOUT_MS, maxOutput: DEFAULT_MAX_OUTPUT, memory: DEFAULT_MEMORY, maxSteps: DEFAULT_MAX_STEPS,
    code: undefined, file: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    try {
      if (flag === '-h' || flag === '--help') { process.stdout.write(USAGE + '\n'); process.exit(0); }
      else if (flag === '--version') { process.stdout.write('mpsandbox (js) 0.1.0\n'); process.exit(0); }
      else if (flag === '-c') opts.code = value();
      else if (flag === '--json') opts.json = true;
      else if (flag === '--timeout') opts.timeoutMs = parseDuration(value());
      else if (flag === '--max-output') opts.maxOutput = parseSize(value());
      else if (flag === '--memory') opts.memory = parseSize(value());
      else if (flag === '--max-steps') opts.maxSteps = parseCount(value());
      else if (Object.hasOwn(UNSUPPORTED, flag)) usage(`${flag} is not available in the JS host: ${UNSUPPORTED[flag]}`);
      else if (a.startsWith('-') && a !== '-') usage(`unknown flag ${a}`);
      else if (opts.file === undefined) opts.file = a;
      else usage(`unexpected argument ${a}`);
    } catch (e) {
      usage(`${flag}: ${e.message}`);
    }
  }
  if (opts.code !== undefined && opts.file !== undefined) usage('-c and FILE cannot both be given');
  if (opts.maxOutput > 0xffffffff || opts.timeoutMs > 0xffffffff) usage('--timeout or --max-output is too large');
  if (opts.memory === 0) usage('--memory must be more than 0 (the default is 256M)');
  return opts;
}

function program(opts) {
  if (opts.code !== undefined) return opts.code;
  try {
    return readFileSync(opts.file === undefined || opts.file === '-' ? 0 : opts.file, 'utf8');
  } catch (e) {
    usage(`cannot read script file '${opts.file}': ${e.message}`);
  }
}

function finish(opts, r) {
  if (opts.json) {
    process.stdout.write(JSON.stringify(r) + '\n');
  } else {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    if (!r.ok) process.stderr.write(r.error.traceback || `mpsandbox: ${r.error.message}\n`);
  }
  process.exitCode = exitCode(r);
}

// Before anything else: on a Node that cannot run the interpreter, say
// which one can (exit 2, a setting that cannot work) instead of failing in
// the worker with a WebAssembly compile error.
const problem = engineProblem();
if (problem) {
  process.stderr.write(`${problem}\n`); // it begins "mpsandbox needs"
  process.exit(EXIT_CODES.config);
}

const opts = parse(process.argv.slice(2));
const code = program(opts);
const started = performance.now();
let outcome;
try {
  const { timeoutMs, maxOutput, memory, maxSteps } = opts;
  outcome = await runIsolated(code, { timeoutMs, maxOutput, memory, maxSteps });
} catch (e) {
  outcome = e;
}
finish(opts, report(outcome, performance.now() - started));
