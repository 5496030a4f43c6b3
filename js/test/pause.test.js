// Durable runs through the package: Session.start pauses at host calls the
// embedder answers through a Pending, the run continues where it stood, and
// bad requests are RequestErrors that change nothing.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';

import {
  ConfigurationError, LimitExceeded, Pending, PythonError, RequestError, Session,
} from '../src/index.js';

const approvals = (options = {}) => Session.create({ pausing: ['approve', 'ask'], ...options });

/** The Pending `p` resolves to (fails the test if the run ended). */
async function paused(p) {
  const r = await p;
  assert.ok(r instanceof Pending, `the run ended: ${JSON.stringify(r)}`);
  return r;
}

/** Asserts that `p` is refused with a RequestError whose message matches `pattern`. */
async function refused(p, pattern) {
  await assert.rejects(p, (e) => {
    assert.ok(e instanceof RequestError, `${e}`);
    assert.equal(e.kind, 'request');
    assert.match(e.message, pattern);
    return true;
  });
}

const APPROVAL = `
from host import approve
def charge(amount):
    print('asking for', amount)
    ok = approve(amount, reason='refund')
    return 'charged' if ok else 'refused'
class Till:
    def run(self, amounts):
        return [charge(a) for a in amounts]
print(Till().run([100, 250]))
`;

test('a run pauses at each call and continues with the answers', async () => {
  const s = await approvals();
  const p = await paused(s.start(APPROVAL));
  assert.equal(p.stdout, 'asking for 100\n');
  assert.equal(p.calls.length, 1);
  const [call] = p.calls;
  assert.deepEqual({ ...call, id: undefined }, { id: undefined, name: 'approve', args: [100], kwargs: { reason: 'refund' }, awaited: false });
  assert.equal(s.pending, p);
  const p2 = await paused(p.resume(call.id, true));
  assert.equal(p2.stdout, 'asking for 250\n');
  assert.notEqual(p2.calls[0].id, call.id);
  assert.deepEqual(await p2.resume(p2.calls[0].id, false), { stdout: "['charged', 'refused']\n", stderr: '' });
  // The session goes on as any other, with the run's globals.
  assert.equal(s.pending, null);
  assert.equal(s.eval('Till.__name__').value, "'Till'");
});

test('answers arrive as JSON values; the names are in host.functions()', async () => {
  const s = await approvals({ awaitable: ['fetch'], functions: { twice: (x) => 2 * x } });
  const p = await paused(s.start('import host\nfrom host import ask, twice\nprint(host.functions())\nv = ask()\nprint(v, twice(v["n"]))'));
  assert.equal(p.stdout, "['approve', 'ask', 'fetch', 'twice']\n");
  const done = await p.resume(p.calls[0].id, { n: 21, list: [1, 'é', null] });
  assert.equal(done.stdout, "{'n': 21, 'list': [1, 'é', None]} 42\n");
});

test('an error answer is raised at the call site and unwinds through the frames', async () => {
  const s = await approvals();
  const code = `
from host import approve, HostError
def inner():
    return approve(1)
def outer():
    try:
        return inner()
    finally:
        print('finally ran')
try:
    outer()
except HostError as e:
    print('caught', e)
try:
    approve(2)
except TypeError as e:
    print('TypeError', e)
outer()
`;
  let p = await paused(s.start(code));
  p = await paused(p.resumeError(p.calls[0].id, 'denied by policy'));
  assert.equal(p.stdout, 'finally ran\ncaught denied by policy\n');
  p = await paused(p.resume(p.calls[0].id, new TypeError('wants a string')));
  assert.equal(p.stdout, 'TypeError TypeError: wants a string\n');
  await assert.rejects(p.resumeError(p.calls[0].id, 'too many', 'limit'), (e) => {
    assert.ok(e instanceof PythonError);
    assert.equal(e.type, 'HostLimitError');
    assert.equal(e.message, 'too many');
    assert.match(e.traceback, /in inner/);
    assert.match(e.traceback, /in outer/);
    assert.equal(e.stdout, 'finally ran\n');
    return true;
  });
  // The run is over: the session takes new work.
  assert.equal(s.pending, null);
  assert.equal(s.exec('print(1)').stdout, '1\n');
});

test('gather hands three awaited calls over in one pause, answered in two resumes', async () => {
  const s = await Session.create({ awaitable: ['fetch'] });
  const code = `
import asyncio
from host import fetch
async def main():
    got = await asyncio.gather(fetch('a'), fetch('b'), fetch('c'))
    print(got)
asyncio.run(main())
`;
  const p = await paused(s.start(code));
  assert.equal(p.calls.length, 3);
  assert.ok(p.calls.every((c) => c.awaited && c.name === 'fetch'));
  assert.deepEqual(p.calls.map((c) => c.args[0]), ['a', 'b', 'c']);
  const [a, b, c] = p.calls.map((call) => call.id);
  // One now, the other two later, in another order.
  const p2 = await paused(p.resume(b, 'B'));
  assert.deepEqual(p2.calls.map((call) => call.id), [a, c]);
  assert.deepEqual(await p2.resumeAll(new Map([[c, 'C'], [a, 'A']])), { stdout: "['A', 'B', 'C']\n", stderr: '' });
});

test('bad requests are refused with RequestError and change nothing', async () => {
  const s = await approvals();
  const p = await paused(s.start("from host import approve\nprint(approve('a'))"));
  const { id } = p.calls[0];
  await refused(p.resume(id + 100, 1), /no paused call has id/);
  await refused(p.resumeAll([[id, 1], [id, 2]]), /answered twice/);
  await refused(p.resumeAll([]), /no answers/);
  await refused(p.resumeAll({ [id]: 1 }), /a Map of call id to value/);
  await refused(p.resume('1', 1), /is not a call id/);
  await refused(p.resumeError(id, 'x', 'nope'), /not an error kind/);
  await refused(p.resume(id, 10n), /cannot be sent as JSON/);
  assert.throws(() => s.exec('x = 1'), (e) => e instanceof RequestError && /paused at a host call/.test(e.message));
  assert.throws(() => s.eval('1'), RequestError);
  await refused(s.start('pass'), /a run is paused in this session/);
  // Still paused at the same call, which the right answer continues.
  assert.equal(s.pending, p);
  assert.deepEqual(p.calls.map((c) => c.id), [id]);
  assert.equal((await p.resume(id, 'ok')).stdout, 'ok\n');
  // Answering the finished run again: nothing is paused.
  await refused(p.resume(id, 'again'), /no run is paused/);
  assert.throws(() => p.cancel(), RequestError);
});

test('a spent Pending is refused; the one its resume returned answers', async () => {
  const s = await approvals();
  const p = await paused(s.start('from host import approve\napprove(1)\napprove(2)\nprint("end")'));
  const p2 = await paused(p.resume(p.calls[0].id, null));
  await refused(p.resume(p2.calls[0].id, null), /this pause is over/);
  assert.equal((await p2.resume(p2.calls[0].id, null)).stdout, 'end\n');
});

test('cancel abandons the run; the session is reused', async () => {
  const s = await approvals();
  for (let i = 0; i < 50; i++) {
    const p = await paused(s.start(`from host import approve\nbig = [bytearray(10000) for _ in range(20)]\nstep = ${i}\napprove()`));
    p.cancel();
    assert.equal(s.pending, null);
    assert.throws(() => p.cancel(), (e) => e instanceof RequestError && /no run is paused/.test(e.message));
  }
  // Globals as the last run left them; the abandoned frames were garbage.
  assert.equal(s.eval('step').value, '49');
  assert.equal(s.exec('import gc\ngc.collect()\nprint(gc.mem_alloc() < 4_000_000)').stdout, 'True\n');
  const p = await paused(s.start('from host import approve\nprint(approve())'));
  assert.equal((await p.resume(p.calls[0].id, 'again')).stdout, 'again\n');
  // reset and close drop a paused run too.
  const dropped = await paused(s.start('from host import approve\napprove()'));
  await s.reset();
  assert.equal(s.pending, null);
  await refused(dropped.resume(dropped.calls[0].id, 1), /no run is paused/);
  assert.equal(s.exec('print(2)').stdout, '2\n');
  const closed = await paused(s.start('from host import approve\napprove()'));
  s.close();
  await assert.rejects(closed.resume(closed.calls[0].id, 1), (e) => e.kind === 'session_closed');
});

test('the output budget spans the parts of a run', async () => {
  const s = await approvals({ maxOutput: 100 });
  // 61 bytes, then 61 more: each part fits alone, the run does not.
  const p = await paused(s.start("from host import approve\nprint('x' * 60)\napprove()\nprint('y' * 60)"));
  assert.equal(p.stdout.length, 61);
  await assert.rejects(p.resume(p.calls[0].id, 1), (e) => {
    assert.ok(e instanceof LimitExceeded);
    assert.equal(e.limit, 'output');
    assert.equal(e.stdout, 'y'.repeat(39));
    return true;
  });
  assert.equal(s.pending, null);
  // A new run has the whole budget again, as does exec.
  assert.equal(s.exec("print('z' * 90)").stdout.length, 91);
  const q = await paused(s.start("from host import approve\nprint('x' * 40)\napprove()\nprint('y' * 40)"));
  assert.equal((await q.resume(q.calls[0].id, 1)).stdout, `${'y'.repeat(40)}\n`);
});

test('the timeout spans the running parts; time paused does not count', async () => {
  // Each sleep fits the timeout alone; both together do not.
  const s = await approvals({ timeoutMs: 1000 });
  const code = 'import time\nfrom host import approve\ntime.sleep(0.6)\napprove()\ntime.sleep(0.6)\nprint("slept")';
  const idle = await paused(s.start('from host import approve\napprove()\nprint("woke")'));
  await sleep(1200);
  assert.equal((await idle.resume(idle.calls[0].id, 1)).stdout, 'woke\n');
  const p = await paused(s.start(code));
  await assert.rejects(p.resume(p.calls[0].id, 1), (e) => e instanceof LimitExceeded && e.limit === 'timeout');
  assert.equal(s.pending, null);
});

test('past maxPauses the call raises HostLimitError at its call site', async () => {
  const s = await approvals({ maxPauses: 2 });
  const code = `
from host import approve, HostLimitError
n = 0
try:
    while True:
        approve()
        n += 1
        print('answered', n)
except HostLimitError as e:
    print(n, e)
`;
  let r = await s.start(code);
  let answered = 0;
  while (r instanceof Pending) {
    answered += 1;
    r = await r.resume(r.calls[0].id, null);
  }
  assert.equal(answered, 2);
  // The part that ended in the refused pause printed too: its output is kept.
  assert.equal(r.stdout, 'answered 2\n2 more than 2 pauses in one run\n');
});

test('outside a pausable run a pausing function fails saying so', async () => {
  const s = await approvals({ awaitable: ['fetch'] });
  const out = s.exec(`
from host import approve, fetch, HostError
for f in (approve, fetch):
    try:
        f(1)
    except HostError as e:
        print(e)
`);
  assert.equal(out.stdout, 'approve() pauses the run for its answer, so only a pausable run can call it\n' +
    'fetch() pauses the run for its answer, so only a pausable run can call it\n');
});

test('a pausing call behind a C frame raises RuntimeError', async () => {
  const s = await approvals();
  await assert.rejects(s.start('from host import approve\nsorted([1, 2], key=approve)'), (e) => {
    assert.ok(e instanceof PythonError);
    assert.equal(e.type, 'RuntimeError');
    assert.match(e.message, /cannot do from here/);
    return true;
  });
  assert.equal(s.pending, null);
});

test('bad pause options are refused', async () => {
  await assert.rejects(Session.create({ pausing: ['f'], functions: { f: () => 1 } }), ConfigurationError);
  await assert.rejects(Session.create({ pausing: ['f'], awaitable: ['f'] }), ConfigurationError);
  await assert.rejects(Session.create({ pausing: 'approve' }), TypeError);
  await assert.rejects(Session.create({ maxPauses: -1 }), RangeError);
});
