// The library API: runs, sessions, typed errors, limits, host functions.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LimitExceeded, PythonError, run, SandboxError, Session, SessionClosed, PythonSyntaxError } from '../src/index.js';
import { runIsolated } from '../src/isolated.js';

test('run captures stdout and stderr', async () => {
  const r = await run("import sys\nprint('hello', 6 * 7)\nsys.stderr.write('note\\n')");
  assert.deepEqual(r, { stdout: 'hello 42\n', stderr: 'note\n' });
});

test('each run is a fresh interpreter', async () => {
  await run('leak = 1');
  await assert.rejects(run('print(leak)'), (e) => e instanceof PythonError && e.type === 'NameError');
});

test('sessions keep state; eval gives the repr', async () => {
  const s = await Session.create();
  s.exec('x = 40\ndef f(y):\n    return {"sum": x + y}');
  assert.equal(s.eval('f(2)').value, "{'sum': 42}");
  assert.equal(s.eval("'text'").value, "'text'");
  const printed = s.eval("print('side') or 7");
  assert.deepEqual([printed.value, printed.stdout], ['7', 'side\n']);
  await s.reset();
  assert.throws(() => s.exec('x'), (e) => e.type === 'NameError');
  s.close();
  assert.ok(s.closed);
  assert.throws(() => s.exec('1'), SessionClosed);
});

test('python errors carry type, message, traceback and the output before them', async () => {
  await assert.rejects(run("print('before')\ndef f():\n    return 1 / 0\nf()"), (e) => {
    assert.ok(e instanceof PythonError && e instanceof SandboxError);
    assert.equal(e.type, 'ZeroDivisionError');
    assert.equal(e.message, 'divide by zero');
    assert.match(e.traceback, /line 3, in f/);
    assert.equal(e.stdout, 'before\n');
    return true;
  });
});

test('syntax errors carry line and column', async () => {
  await assert.rejects(run('a = 1\nb = 2 +* 3'), (e) => e instanceof PythonSyntaxError && e.line === 2 && e.column === 8);
});

test('the timeout stops a runaway loop and the session stays usable', async () => {
  const s = await Session.create({ timeoutMs: 200 });
  s.exec('kept = 1');
  assert.throws(() => s.exec('while True:\n    pass'), (e) => e instanceof LimitExceeded && e.limit === 'timeout');
  assert.equal(s.eval('kept').value, '1');
});

test('the output cap stops a flood and keeps what came before', async () => {
  await assert.rejects(run("print('kept')\nwhile True:\n    print('y' * 100)", { maxOutput: 1000 }), (e) => {
    assert.ok(e instanceof LimitExceeded && e.limit === 'output');
    assert.ok(e.stdout.startsWith('kept\n') && e.stdout.length <= 1000);
    return true;
  });
});

test('code that catches every interrupt is killed in an isolated run', async () => {
  const code = 'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass';
  await assert.rejects(runIsolated(code, { timeoutMs: 200 }), (e) => e instanceof LimitExceeded && e.limit === 'timeout');
  assert.deepEqual(await runIsolated('print(1)'), { stdout: '1\n', stderr: '' });
});

test('host functions: JSON values both ways, kwargs as a last object, errors raise in Python', async () => {
  const seen = [];
  const s = await Session.create({
    functions: {
      record: (...args) => (seen.push(args), { args, none: null, pi: 3.5 }),
      fail: () => { throw new Error('no such key'); },
      promise: async () => 1,
    },
  });
  const out = s.exec(
    "import host\nfrom host import record, fail, promise\n" +
    "r = record(1, 'é✓', [True, None], k=2)\nprint(r['args'][1], r['args'][3], r['none'], r['pi'])\n" +
    "try:\n    fail()\nexcept host.HostError as e:\n    print('HostError', e)\n" +
    "try:\n    promise()\nexcept host.HostError as e:\n    print('sync only')\n" +
    "print(host.functions())",
  );
  assert.equal(out.stdout, "é✓ {'k': 2} None 3.5\nHostError Error: no such key\nsync only\n['fail', 'promise', 'record']\n");
  assert.deepEqual(seen, [[1, 'é✓', [true, null], { k: 2 }]]);
  const bare = await Session.create();
  assert.equal(bare.exec("import host\nprint(host.functions())").stdout, '[]\n');
});

test('no files: the guest sees no directories at all', async () => {
  const r = await run("for p in ('/etc/passwd', '/', '.'):\n    try:\n        open(p + '/x' if p != '/etc/passwd' else p)\n        print('opened')\n    except OSError:\n        print('denied')");
  assert.equal(r.stdout, 'denied\ndenied\ndenied\n');
});

test('bad options are refused', async () => {
  await assert.rejects(run('1', { timeoutMs: -1 }), RangeError);
  await assert.rejects(run('1', { maxOutput: 1.5 }), RangeError);
});

test('describe names the interpreter and its modules', async () => {
  const id = (await Session.create()).describe();
  assert.equal(id.implementation, 'micropython');
  assert.ok(id.modules.includes('json'));
});
