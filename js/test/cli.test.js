// bin/mpsandbox.js: the Rust CLI's flags and exit codes, where JS can enforce them.
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
  const stubborn = cli(['--json', '--timeout', '200ms', '-c',
    'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass']);
  assert.equal(stubborn.status, 3);
  assert.match(JSON.parse(stubborn.stdout).error.message, /terminated/);
  const flood = cli(['--json', '--max-output', '1K', '-c', 'while True:\n    print("y" * 100)']);
  assert.equal(flood.status, 3);
  assert.equal(JSON.parse(flood.stdout).error.limit, 'output');
});

test('usage errors exit 2 and name what the JS host cannot enforce', () => {
  for (const args of [['--fuel', '10', '-c', '1'], ['--memory', '64M', '-c', '1'], ['--dir', '/tmp', '-c', '1'],
    ['--timeout', 'soon', '-c', '1'], ['--bogus'], ['-c', '1', 'file.py'], ['/no/such/script.py']]) {
    const r = cli(args);
    assert.equal(r.status, 2, `${args}: ${r.stderr}`);
    assert.match(r.stderr, /^mpsandbox: /);
  }
  assert.match(cli(['--fuel', '1']).stderr, /do not meter WebAssembly/);
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
  const { DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT_MS } = await import('../src/defaults.js');
  assert.deepEqual([DEFAULT_TIMEOUT_MS, DEFAULT_MAX_OUTPUT], [defaults.timeout_ms, defaults.max_output]);
});
