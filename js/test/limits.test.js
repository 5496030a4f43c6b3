// The limits the interpreter enforces on itself (runtime.set-guest-limits):
// `memory`, a cap its heap does not grow past, and `maxSteps`, a budget of
// steps per call. Real programs hit each one; a MemoryError the program
// catches stays its own; the session goes on after either; a pooled instance
// carries no limits from the sandbox before it.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  ConfigurationError, DEFAULT_MAX_STEPS, DEFAULT_MEMORY, exitCode, LimitExceeded, pool, PythonError, report, run, Session,
} from '../src/index.js';
import { runIsolated } from '../src/isolated.js';
import { withOneIdle } from './one-idle.js';

const MiB = 1 << 20;

// Takes memory 1 MiB at a time until it is refused.
const HOG = 'print("hogging")\nchunks = []\nwhile True:\n    chunks.append(bytearray(1 << 20))';

/** What `f` threw (it must throw). */
function thrown(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail('the call succeeded');
}


test('the defaults: 256 MiB of memory, as in the Rust host, and no step budget', () => {
  assert.equal(DEFAULT_MEMORY, 256 * MiB);
  assert.equal(DEFAULT_MAX_STEPS, 0);
});

test('a program that takes memory until refused stops with LimitExceeded(memory); the session goes on', async () => {
  const s = await Session.create({ memory: 24 * MiB });
  s.exec('kept = 42');
  const e = thrown(() => s.exec(HOG));
  assert.ok(e instanceof LimitExceeded, `${e.name}: ${e.message}`);
  assert.equal(e.kind, 'limit');
  assert.equal(e.limit, 'memory');
  assert.match(e.detail, /25165824-byte memory cap \(MemoryError/);
  assert.equal(e.stdout, 'hogging\n', 'what it printed before comes back');
  const r = report(e, 1);
  assert.equal(r.error.limit, 'memory');
  assert.equal(exitCode(r), 3);
  // Not poisoned: the globals are there, and calls run.
  assert.ok(!s.closed);
  assert.equal(s.eval('kept').value, '42');
  assert.equal(s.exec("chunks = None\nprint(sum(range(1000)), 'x' * 3)").stdout, '499500 xxx\n');
  s.close();
});

test('an allocation larger than the cap is refused without growing past it', async () => {
  await assert.rejects(run('x = bytearray(64 << 20)', { memory: 16 * MiB }), (e) => e instanceof LimitExceeded && e.limit === 'memory');
  // Under the default cap the same program runs.
  assert.equal((await run('x = bytearray(64 << 20)\nprint(len(x))')).stdout, '67108864\n');
});

test('a MemoryError the program catches is its own business, and the cap held', async () => {
  const code = 'chunks = []\ntry:\n    while True:\n        chunks.append(bytearray(1 << 20))\n' +
    'except MemoryError:\n    n = len(chunks)\n    chunks = None\nprint(n)';
  const s = await Session.create({ memory: 32 * MiB });
  const n = Number(s.exec(code).stdout);
  // The heap grew (the instance starts with ~4 MiB) but not past the cap.
  assert.ok(n >= 12 && n < 32, `${n} chunks of 1 MiB under a 32 MiB cap`);
  assert.equal(s.eval('n').value, String(n));
  s.close();
});

test('a MemoryError the program raises itself, away from the cap, is an exception', async () => {
  await assert.rejects(run("raise MemoryError('mine')", { memory: 64 * MiB }),
    (e) => e instanceof PythonError && e.type === 'MemoryError' && e.message === 'mine');
});

test('a memory cap below what the interpreter starts with is a ConfigurationError; bad values are refused', async () => {
  await assert.rejects(Session.create({ memory: MiB }), (e) => e instanceof ConfigurationError
    && /a memory cap of 1048576 bytes is too small: the interpreter needs \d+ bytes to start \(give at least \d+ MiB\)/.test(e.message));
  for (const memory of [0, -1, 1.5, '64M', 2 ** 60]) {
    await assert.rejects(Session.create({ memory }), RangeError, String(memory));
  }
  for (const maxSteps of [-1, 0.5, '1000', 2 ** 60]) {
    await assert.rejects(Session.create({ maxSteps }), RangeError, String(maxSteps));
  }
});

test('a step budget stops an endless loop with LimitExceeded(fuel), without a timeout', async () => {
  const s = await Session.create({ maxSteps: 1_000_000, timeoutMs: 0 });
  const e = thrown(() => s.exec("print('looping')\nwhile True:\n    pass"));
  assert.ok(e instanceof LimitExceeded, `${e.name}: ${e.message}`);
  assert.equal(e.limit, 'fuel');
  assert.equal(e.stdout, 'looping\n');
  assert.match(e.message, /^fuel limit exceeded: the call took more than its 1000000 steps/);
  assert.equal(exitCode(report(e, 1)), 3);
  // Catching the KeyboardInterrupt it raises does not buy more steps.
  const caught = thrown(() => s.exec('try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("caught")\nwhile True:\n    pass'));
  assert.equal(caught.limit, 'fuel');
  assert.equal(caught.stdout, 'caught\n');
  // Nor does calling a function instead of looping (returns count too).
  assert.equal(thrown(() => s.exec('def f(n):\n    return n\nwhile True:\n    f(1)')).limit, 'fuel');
  assert.equal(s.eval('1 + 1').value, '2', 'the session goes on');
  s.close();
});

test('the budget counts loop branches and returns, per call', async () => {
  const s = await Session.create({ maxSteps: 1_000_000 });
  const loop = (n) => `for i in range(${n}):\n    pass`;
  // Counted in blocks of 1,024: within a block of the budget either way.
  s.exec(loop(900_000));
  s.exec(loop(900_000)); // a new call, a new budget
  assert.equal(thrown(() => s.exec(loop(1_100_000))).limit, 'fuel');
  // A call and its return are two steps per iteration.
  s.exec('def f():\n    return 1\nfor i in range(450_000):\n    f()');
  assert.equal(thrown(() => s.exec('def f():\n    return 1\nfor i in range(550_000):\n    f()')).limit, 'fuel');
  // eval is a call like any other.
  assert.equal(thrown(() => s.eval('sum(1 for _ in range(2_000_000))')).limit, 'fuel');
  s.close();
});

test('a durable run: the budget holds for each part, and a part past it ends the run', async () => {
  const s = await Session.create({ pausing: ['ask'], maxSteps: 1_000_000 });
  // Each part stays within the budget, the run as a whole does not.
  let r = await s.start('from host import ask\nfor _ in range(3):\n    for i in range(600_000):\n        pass\n    ask()\nprint("done")');
  for (let i = 0; i < 3; i++) r = await r.resume(r.calls[0].id, null);
  assert.equal(r.stdout, 'done\n');
  r = await s.start('from host import ask\nask()\nwhile True:\n    pass');
  await assert.rejects(r.resume(r.calls[0].id, null), (e) => e instanceof LimitExceeded && e.limit === 'fuel' && /part of the run/.test(e.message));
  assert.equal(s.pending, null, 'the run ended');
  assert.equal(s.exec('print(6 * 7)').stdout, '42\n');
  s.close();
});

test('a reused instance has the limits of its new sandbox, not of the one before', () => withOneIdle(async () => {
  const loop = 'for i in range(2_000_000):\n    pass';
  const big = 'x = bytearray(16 << 20)\nprint(len(x))';
  await run('print(1)'); // instantiates the instance the rest reuse
  const before = pool.stats();
  // Limits set, then the instance comes back...
  assert.equal((await run('print(2)', { maxSteps: 100_000, memory: 8 * MiB })).stdout, '2\n');
  // ...and the next sandbox has none of them...
  assert.equal((await run(loop + '\nprint(i)')).stdout, '1999999\n');
  // ...while one that sets them has them (checked before the memory grows).
  await assert.rejects(run(loop, { maxSteps: 100_000 }), (e) => e.limit === 'fuel');
  await assert.rejects(run(big, { memory: 8 * MiB }), (e) => e.limit === 'memory');
  const after = pool.stats();
  assert.equal(after.created, before.created, 'every sandbox ran on the reused instance');
  assert.equal(after.reused, before.reused + 4);
}));

test('reset() keeps the session\'s limits on its new instance', async () => {
  const s = await Session.create({ maxSteps: 100_000, memory: 8 * MiB });
  await s.reset();
  assert.equal(thrown(() => s.exec('while True:\n    pass')).limit, 'fuel');
  assert.equal(thrown(() => s.exec('x = bytearray(16 << 20)')).limit, 'memory');
  s.close();
});

test('runIsolated carries both limits into its worker', async () => {
  await assert.rejects(runIsolated(HOG, { memory: 16 * MiB }), (e) => e instanceof LimitExceeded && e.limit === 'memory');
  await assert.rejects(runIsolated('while True:\n    pass', { maxSteps: 100_000, timeoutMs: 0 }),
    (e) => e instanceof LimitExceeded && e.limit === 'fuel');
});
