// The in-memory file overlay (src/overlay.js): `files` given to a sandbox
// are what Python's open() and os see under their directories, the files
// the program writes come back (result.files, session.files()), both
// directions are bounded with clear errors, and nothing reaches past the
// overlay.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ConfigurationError, PythonError, run, Session } from '../src/index.js';
import { runIsolated } from '../src/isolated.js';

const text = (bytes) => new TextDecoder().decode(bytes);

test('given files are readable, listable and importable; the first directory is the working one', async () => {
  const r = await run(`
import os
print(os.getcwd(), sorted(os.listdir('/')), sorted(os.listdir('/data')), os.listdir('/data/sub'))
print(open('in.csv').read(), end='')
print(list(open('/data/sub/img.bin', 'rb').read()), os.stat('/data/in.csv')[6])
import helper
print(helper.twice(21))
`, {
    files: {
      '/data/in.csv': 'a,b\n1,2\n', '/data/helper.py': 'def twice(x):\n    return 2 * x\n',
      '/data/sub/img.bin': new Uint8Array([0, 1, 2, 255]), '/config/settings.json': '{}',
    },
  });
  assert.equal(r.stdout, "/data ['config', 'data'] ['helper.py', 'in.csv', 'sub'] ['img.bin']\na,b\n1,2\n[0, 1, 2, 255] 8\n42\n");
  assert.deepEqual(r.files, {}, 'nothing was written');
});

test('the files the program writes come back, text and binary, and only those', async () => {
  const r = await run(`
import os
open('/data/out.txt', 'w').write('héllo')
os.mkdir('/data/new')
open('/data/new/b.bin', 'wb').write(bytes([0, 255]))
with open('in.csv', 'a') as f:
    f.write('3,4\\n')
open('/data/tmp', 'w').write('moved')
os.rename('/data/tmp', '/data/new/final.txt')
open('/data/gone.txt', 'w').write('x')
os.remove('/data/gone.txt')
open('/out/report.txt', 'w').write('done')
print(sorted(os.listdir('/data/new')))
`, { files: { '/data/in.csv': 'a,b\n', '/data/keep.txt': 'same', '/out/': null } });
  assert.equal(r.stdout, "['b.bin', 'final.txt']\n");
  assert.deepEqual(Object.keys(r.files).sort(),
    ['/data/in.csv', '/data/new/b.bin', '/data/new/final.txt', '/data/out.txt', '/out/report.txt']);
  assert.equal(text(r.files['/data/out.txt']), 'héllo');
  assert.deepEqual([...r.files['/data/new/b.bin']], [0, 255]);
  assert.equal(text(r.files['/data/in.csv']), 'a,b\n3,4\n');
  assert.equal(text(r.files['/data/new/final.txt']), 'moved');
  assert.equal(text(r.files['/out/report.txt']), 'done');
});

test('a failing program still hands back what it wrote, on the error', async () => {
  await assert.rejects(run("open('/data/partial.txt', 'w').write('half')\nraise ValueError('later')", { files: { '/data/': null } }), (e) => {
    assert.ok(e instanceof PythonError && e.type === 'ValueError');
    assert.equal(text(e.files['/data/partial.txt']), 'half');
    return true;
  });
});

test('a session keeps its files across calls; reset() brings back the ones given', async () => {
  const s = await Session.create({ files: { '/data/n.txt': '1' } });
  s.exec("n = int(open('/data/n.txt').read())\nopen('/data/n.txt', 'w').write(str(n + 1))");
  s.exec("open('/data/n.txt', 'a').write('!')");
  assert.equal(s.exec("print(open('/data/n.txt').read())").stdout, '2!\n');
  assert.equal(text(s.files()['/data/n.txt']), '2!');
  await s.reset();
  assert.equal(s.exec("print(open('/data/n.txt').read())").stdout, '1\n');
  assert.deepEqual(s.files(), {});
  s.close();
  assert.deepEqual(s.files(), {});
  const bare = await Session.create();
  assert.deepEqual(bare.files(), {});
  bare.close();
});

test('contents are copied when the sandbox is made: later changes to a given Uint8Array do not reach it', async () => {
  const bytes = new Uint8Array([1, 2, 3]);
  const s = await Session.create({ files: { '/data/b': bytes } });
  bytes[0] = 9;
  assert.equal(s.exec("print(list(open('/data/b', 'rb').read()))").stdout, '[1, 2, 3]\n');
  s.close();
});

test('writes past maxWrite fail with ENOSPC in Python, counting gaps and new entries', async () => {
  const r = await run(`
def attempt(f):
    try:
        f()
        return 'ok'
    except OSError as e:
        return e.errno
print(attempt(lambda: open('/data/a', 'w').write('x' * 400)))
print(attempt(lambda: open('/data/a', 'a').write('x' * 400)))
def sparse():
    with open('/data/a', 'r+') as f:
        f.seek(10 ** 6)
        f.write('x')
print(attempt(sparse))
print(attempt(lambda: open('/data/b', 'w')), attempt(lambda: open('/data/c', 'w')))
print(len(open('/data/a').read()))
`, { files: { '/data/': null }, maxWrite: 1000 });
  // 256 for the new file and 400 bytes fit (344 left); 400 more do not; one
  // byte a megabyte out counts the megabyte; a second file's entry (256)
  // fits, a third one's no longer does.
  assert.equal(r.stdout, 'ok\n28\n28\nok 28\n400\n');
  assert.equal(r.files['/data/a'].length, 400);
});

test('more than maxFilesSize given is refused before anything runs', async () => {
  await assert.rejects(run('print(1)', { files: { '/data/a': 'x'.repeat(600), '/data/b': 'y'.repeat(600) }, maxFilesSize: 1000 }),
    (e) => e instanceof ConfigurationError && e.kind === 'config' && /maxFilesSize \(1000 bytes\)/.test(e.message));
  assert.equal((await run('print(1)', { files: { '/data/a': 'x'.repeat(1000) }, maxFilesSize: 1000 })).stdout, '1\n');
});

test('paths and values that cannot work are ConfigurationErrors naming them', async () => {
  const cases = [
    [{ 'data/x': '' }, /'data\/x' is not an absolute path/],
    [{ '/x.txt': '' }, /'\/x.txt' is not inside a directory/],
    [{ '/data/../x': '' }, /empty, "." or ".." segment/],
    [{ '/data//x': '' }, /empty, "." or ".." segment/],
    [{ '/.hidden/x': '' }, /starts with "."/],
    [{ '/data/x': 42 }, /'\/data\/x' must be a string or a Uint8Array/],
    [{ '/data/': 'text' }, /names a directory .* must be null/],
    [{ '/data/a': '', '/data/a/b': '' }, /needs 'a' to be a directory/],
    [{ [`/data/${'n'.repeat(256)}`]: '' }, /longer than 255 bytes/],
  ];
  for (const [files, message] of cases) {
    await assert.rejects(run('pass', { files }), (e) => e instanceof ConfigurationError && message.test(e.message), JSON.stringify(files).slice(0, 60));
  }
  await assert.rejects(run('pass', { files: ['/data/x'] }), ConfigurationError);
  await assert.rejects(run('pass', { files: 'x' }), ConfigurationError);
  await assert.rejects(run('pass', { files: {}, maxWrite: -1 }), RangeError);
  await assert.rejects(run('pass', { files: {}, maxFilesSize: 0.5 }), RangeError);
});

test('nothing reaches past the overlay: .. stops at a directory\'s top, other paths do not exist', async () => {
  const r = await run(`
import os
def attempt(f):
    try:
        return f()
    except OSError as e:
        return e.errno
print(attempt(lambda: open('/data/../../etc/passwd').read()))
print(attempt(lambda: open('../../etc/passwd').read()))
print(attempt(lambda: open('/etc/new', 'w')))
print(attempt(lambda: open('/data/../x').read()), attempt(lambda: open('../../x').read()))
`, { files: { '/data/x': 'inside' } });
  // A directory's top is the top for '..' (the interpreter folds it there).
  assert.equal(r.stdout, '2\n2\n13\ninside inside\n');
  assert.deepEqual(r.files, {});
});

test('readOnlyFiles: readable, and every write refused', async () => {
  const r = await run(`
import os
def attempt(f):
    try:
        f()
        return 'done'
    except OSError:
        return 'refused'
print(open('/data/in.txt').read())
print(attempt(lambda: open('/data/in.txt', 'w')), attempt(lambda: open('/data/in.txt', 'a')), attempt(lambda: open('/data/new', 'w')))
print(attempt(lambda: os.mkdir('/data/d')), attempt(lambda: os.remove('/data/in.txt')), attempt(lambda: os.rename('/data/in.txt', '/data/y')))
`, { files: { '/data/in.txt': 'keep' }, readOnlyFiles: true });
  assert.equal(r.stdout, 'keep\nrefused refused refused\nrefused refused refused\n');
  assert.deepEqual(r.files, {});
});

test('two sessions at once each see only their own files', async () => {
  const a = await Session.create({ files: { '/data/who': 'a' } });
  const b = await Session.create({ files: { '/data/who': 'b' } });
  a.exec("open('/data/who', 'w').write('a2')");
  assert.equal(b.exec("print(open('/data/who').read())").stdout, 'b\n');
  assert.equal(a.exec("print(open('/data/who').read())").stdout, 'a2\n');
  a.close();
  b.close();
});

test('runIsolated takes files and hands back the written ones', async () => {
  const r = await runIsolated("open('/data/out', 'w').write(open('/data/in').read().upper())", { files: { '/data/in': 'abc' } });
  assert.equal(text(r.files['/data/out']), 'ABC');
});
