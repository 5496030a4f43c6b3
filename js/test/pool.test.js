// Pooled instances (src/pool.js): a sandbox that reuses the instance of one
// that ended is indistinguishable from one on a new instance: the same heap
// to the byte (object addresses, allocator counts), nothing of what ran
// before visible (globals, modules, builtins, host functions, files, a paused
// run), its own limits and its own random seed. Instances that cannot be
// made fresh again are dropped.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LimitExceeded, pool, run, Session, SessionPoisoned } from '../src/index.js';
import { withOneIdle } from './one-idle.js';

// What the interpreter's state looks like from inside: heap addresses and
// allocator counts differ if a single allocation differs.
const PROBE = `
import gc, sys
gc.collect()
print(gc.mem_alloc(), gc.mem_free(), id(object()), id([1, 2]))
print(sorted(globals()))
print(sorted(sys.modules), sys.path)
`;

// Leaves as much behind as a program can, then fails (small enough that
// its memory does not grow, so its instance is reused).
const DIRTY = `
import builtins, sys, json, typing, dataclasses, re, random, collections, host
secret = 'hunter2'
builtins.leaked = secret
collections.leaked = secret
sys.path.append('/data')
sys.modules['injected'] = json
class Kept:
    pass
kept = [Kept() for _ in range(100)]
cache = {str(i): i * 2 for i in range(300)}
print(host.call('grant', secret))
open('/data/note.txt', 'w').write(secret)
print('x' * 2000)
raise ValueError(secret)
`;


test('a reused instance is the fresh one again, to the byte', () => withOneIdle(async () => {
  const before = pool.stats();
  const fresh = await run(PROBE);
  assert.equal(pool.stats().created, before.created + 1, 'the first sandbox instantiated anew');
  await assert.rejects(run(DIRTY, { functions: { grant: (s) => `granted ${s}` }, files: { '/data/in.txt': 'x' } }), /hunter2/);
  const again = await run(PROBE);
  const after = pool.stats();
  assert.equal(after.created, before.created + 1, 'no instance was made after the first');
  assert.equal(after.reused, before.reused + 2);
  assert.deepEqual(again, fresh);
}));

test('nothing a sandbox left is visible to the next one on its instance', () => withOneIdle(async () => {
  await run('pass');
  const reused = pool.stats().reused;
  await assert.rejects(run(DIRTY, { functions: { grant: (s) => s }, files: { '/data/in.txt': 'x' } }));
  const seen = await run(`
import builtins, sys, os, host
print('secret' in globals(), hasattr(builtins, 'leaked'), 'injected' in sys.modules, 'collections' in sys.modules)
import collections
print(hasattr(collections, 'leaked'), '/data' in sys.path, host.functions(), os.listdir('/'))
try:
    open('/data/note.txt')
except OSError as e:
    print('no file', e.errno)
`);
  assert.equal(pool.stats().reused, reused + 2);
  assert.equal(seen.stdout, "False False False False\nFalse False [] []\nno file 2\n");
}));

test('a session closed with a run paused leaves nothing paused', () => withOneIdle(async () => {
  const s = await Session.create({ pausing: ['approve'] });
  const p = await s.start("from host import approve\nprint('asked')\napprove()");
  assert.deepEqual(p.calls.map((c) => c.name), ['approve']);
  s.close();
  const t = await Session.create();
  assert.equal(t.exec("import host\nprint(host.functions(), 'approve' in dir(host))").stdout, '[] False\n');
  assert.equal(t.pending, null);
  assert.deepEqual(await t.start('print(1)'), { stdout: '1\n', stderr: '' });
  t.close();
}));

test('each sandbox on a reused instance has its own limits', () => withOneIdle(async () => {
  await assert.rejects(run('while True:\n    pass', { timeoutMs: 50 }), (e) => e instanceof LimitExceeded && e.limit === 'timeout');
  assert.deepEqual(await run('import time\ntime.sleep(0.2)\nprint("slept")', { timeoutMs: 5000 }), { stdout: 'slept\n', stderr: '' });
  await assert.rejects(run("print('y' * 100)", { maxOutput: 10 }), (e) => e instanceof LimitExceeded && e.limit === 'output');
  assert.equal((await run("print('y' * 100)")).stdout, `${'y'.repeat(100)}\n`);
}));

test('each sandbox on a reused instance seeds random anew', () => withOneIdle(async () => {
  const draws = [];
  for (let i = 0; i < 3; i++) draws.push((await run('import random\nprint(random.getrandbits(64))')).stdout);
  assert.equal(new Set(draws).size, 3, draws.join(''));
}));

test('an instance whose memory grew is dropped, not reused', () => withOneIdle(async () => {
  await run('pass');
  const before = pool.stats();
  await run('big = [str(i) for i in range(30000)]');
  const after = pool.stats();
  assert.equal(after.dropped, before.dropped + 1);
  assert.equal(after.idle, 0);
  assert.equal((await run('print(1)')).stdout, '1\n');
  assert.equal(pool.stats().created, before.created + 1);
}));

test('a trap (recursion past the engine stack) poisons the session and drops its instance', async () => {
  const s = await Session.create();
  s.exec('kept = 1');
  const dropped = pool.stats().dropped;
  assert.throws(() => s.exec('def f(n):\n    return f(n + 1)\nf(0)'), (e) => e instanceof LimitExceeded && e.limit === 'stack');
  assert.throws(() => s.exec('kept'), SessionPoisoned);
  await s.reset();
  assert.throws(() => s.exec('kept'), (e) => e.type === 'NameError');
  assert.equal(s.exec('print(2)').stdout, '2\n');
  s.close();
  assert.equal(pool.stats().dropped, dropped + 1);
});

test('a host function cannot call into its own sandbox', async () => {
  let s;
  s = await Session.create({ functions: { reenter: () => s.exec('x = 1') } });
  assert.equal(s.exec('import host\ntry:\n    host.call("reenter")\nexcept host.HostError as e:\n    print(e)').stdout,
    'RequestError: a host function called into its own sandbox: a sandbox runs one call at a time\n');
  assert.equal(s.eval('1 + 1').value, '2');
  s.close();
});

test('the pool: maxIdle, warm, clear, stats', async () => {
  pool.clear();
  await pool.warm(2);
  assert.equal(pool.stats().idle, 2);
  pool.maxIdle = 1;
  assert.equal(pool.stats().idle, 1);
  pool.maxIdle = 0;
  const created = pool.stats().created;
  await run('pass');
  await run('pass');
  assert.equal(pool.stats().created, created + 2, 'maxIdle 0: a new instance for every sandbox');
  pool.maxIdle = 4;
  await pool.warm(1);
  pool.clear();
  assert.equal(pool.stats().idle, 0);
  assert.throws(() => { pool.maxIdle = -1; }, RangeError);
  await assert.rejects(pool.warm(1.5), RangeError);
});
