// bin/mpsandbox.js: the Rust CLI's flags and exit codes, where JS can enforce them
// (--memory and the step budget --max-steps through the guest's own limits).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { parseDuration, parseSize } from '../src/flags.js';

const BIN = new URL('../bin/mpsandbox.js', import.meta.url).pathname;
const cli = (args, input) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });

test('-c, a script file and stdin run; output streams through', () => {
  assert.equal(cli(['-c', 'print(6 * 7)']).stdout, '42\n');
  const dir = mkdtempSync(join(tmpdir(), 'mpsandbox-'));
  writeFileSync(join(dir, 'job.py'), "print('from a file')\n");
  const file = cli([join(dir, 'job.py')]);
  assert.equal(file.stdout, 'from a file\n');
  assert.equal(file.status, 0);
  assert.equal(cli(['-'], "print('piped')").stdout, 'piped\n');
  assert.equal(cli([], "print('stdin')").stdout, 'stdin\n');
});

test('--json prints the Rust CLI\'s object; exit codes match it', () => {
  const ok = cli(['--json', '-c', 'print(1)']);
  assert.deepEqual({ ...JSON.parse(ok.stdout), stats: undefined }, { ok: true, stdout: '1\n', stderr: '', error: null, stats: undefined });
  const exc = cli(['--json', '-c', "raise ValueError('v')"]);
  assert.equal(exc.status, 1);
  const e = JSON.parse(exc.stdout).error;
  assert.deepEqual([e.kind, e.type, e.message], ['exception', 'ValueError', 'v']);
  const syntax = cli(['--json', '-c', 'x = (']);
  assert.equal(syntax.status, 1);
  assert.equal(JSON.parse(syntax.stdout).error.kind, 'syntax');
  const plain = cli(['-c', '1 / 0']);
  assert.equal(plain.status, 1);
  assert.match(plain.stderr, /ZeroDivisionError: divide by zero/);
});

test('limits: --timeout (guest deadline, then the worker kill) and --max-output exit 3', () => {
  const loop = cli(['--json', '--timeout', '300ms', '-c', 'while True:\n    pass']);
  assert.equal(loop.status, 3);
  assert.equal(JSON.parse(loop.stdout).error.limit, 'timeout');
  // Code that catches every interrupt is stopped by the guest too: after
  // one round for its handlers, every branch raises again.
  const stubborn = cli(['--json', '--timeout', '200ms', '-c',
    'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass']);
  assert.equal(stubborn.status, 3);
  assert.equal(JSON.parse(stubborn.stdout).error.limit, 'timeout');
  // One long native operation never reaches a check: the worker is killed.
  const native = cli(['--json', '--timeout', '200ms', '-c', 'print(sum(range(2**30)))']);
  assert.equal(native.status, 3);
  assert.match(JSON.parse(native.stdout).error.message, /terminated/);
  const flood = cli(['--json', '--max-output', '1K', '-c', 'while True:\n    print("y" * 100)']);
  assert.equal(flood.status, 3);
  assert.equal(JSON.parse(flood.stdout).error.limit, 'output');
});

test('--memory and --max-steps: the guest\'s own limits, exit 3 as in the Rust CLI', () => {
  const hog = cli(['--json', '--memory', '16M', '-c', "print('hog')\nx = []\nwhile True:\n    x.append(bytearray(1 << 20))"]);
  assert.equal(hog.status, 3, hog.stderr);
  const h = JSON.parse(hog.stdout);
  assert.deepEqual([h.error.kind, h.error.limit, h.stdout], ['limit', 'memory', 'hog\n']);
  // The same program caps itself under the default 256M, well before the process's memory.
  assert.equal(JSON.parse(cli(['--json', '-c', 'x = []\nwhile True:\n    x.append(bytearray(8 << 20))']).stdout).error.limit, 'memory');
  assert.equal(cli(['--memory', '64M', '-c', 'print(len(bytearray(32 << 20)))']).stdout, '33554432\n');
  // A step budget stops the loop long before the timeout would.
  const loop = cli(['--json', '--timeout', '60s', '--max-steps', '1000000', '-c', 'while True:\n    pass']);
  assert.equal(loop.status, 3);
  assert.equal(JSON.parse(loop.stdout).error.limit, 'fuel');
  assert.ok(JSON.parse(loop.stdout).stats.duration_us < 30e6);
  const plain = cli(['--max-steps', '1000', '-c', 'while True:\n    pass']);
  assert.equal(plain.status, 3);
  assert.match(plain.stderr, /^mpsandbox: fuel limit exceeded: the call took more than its 1000 steps/m);
  assert.equal(cli(['--max-steps', 'none', '-c', 'print(sum(range(10**6)))']).stdout, '499999500000\n');
  // A cap the interpreter cannot start under is a setting that cannot work.
  const small = cli(['--json', '--memory', '1M', '-c', 'print(1)']);
  assert.equal(small.status, 2);
  assert.match(JSON.parse(small.stdout).error.message, /too small: the interpreter needs \d+ bytes to start/);
});

test('usage errors exit 2 and name what the JS host cannot enforce', () => {
  for (const args of [['--fuel', '10', '-c', '1'], ['--memory', '0', '-c', '1'], ['--memory', '64X', '-c', '1'],
    ['--max-steps', '-1', '-c', '1'], ['--max-steps', '1e6', '-c', '1'], ['--dir', '/tmp', '-c', '1'],
    ['--timeout', 'soon', '-c', '1'], ['--bogus'], ['-c', '1', 'file.py'], ['/no/such/script.py']]) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args}: ${r.stderr}`);
    assert.match(r.stderr, /^mpsandbox: /);
  }
  assert.match(cli(['--fuel', '1']).stderr, /do not meter WebAssembly instructions; --max-steps N/);
  assert.equal(cli(['--help']).status, 0);
});

test('sizes and durations read as every command-line host reads them (tests/conformance/flags.json)', () => {
  const table = JSON.parse(readFileSync(new URL('../../tests/conformance/flags.json', import.meta.url), 'utf8'));
  const attempt = (f, input) => { try { return f(input); } catch { return null; } };
  for (const [input, want] of table.sizes) assert.equal(attempt(parseSize, input), want, input);
  for (const [input, want] of table.durations_ms) assert.equal(attempt(parseDuration, input), want, input);
});

test('the defaults are the Rust host\'s (tests/conformance/flags.json)', async () => {
  const { defaults } = JSON.parse(readFileSync(new URL('../../tests/conformance/flags.json', import.meta.url), 'utf8'));
  const { DEFAULT_MAX_OUTPUT, DEFAULT_MEMORY, DEFAULT_TIMEOUT_MS } = await import('../src/defaults.js');
  assert.deepEqual([DEFAULT_TIMEOUT_MS, DEFAULT_MAX_OUTPUT, DEFAULT_MEMORY], [defaults.timeout_ms, defaults.max_output, defaults.memory]);
});
