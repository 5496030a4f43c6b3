// The engine check (src/engine.js): on a Node older than 24, or an engine
// without WebAssembly exnref, the library import and the CLI fail with a
// sentence naming what is needed. Asked with other engines' facts, and run
// for real on an old Node when the machine has one (Debian's is 20).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { engineProblem, NODE_MIN_MAJOR } from '../src/engine.js';

const exnref = () => true;
const noExnref = () => false;

test('the check, asked about other engines', () => {
  assert.equal(NODE_MIN_MAJOR, 24);
  assert.match(engineProblem({ node: '20.20.2', validate: noExnref }), /^mpsandbox needs Node\.js 24 or newer \(this is Node\.js 20\.20\.2\)/);
  // Node 22 has exnref, but V8 12.4's pre-standard one: refused all the same.
  assert.match(engineProblem({ node: '22.23.5', validate: exnref }), /needs Node\.js 24 or newer \(this is Node\.js 22\.23\.5\).*Node 22/);
  assert.equal(engineProblem({ node: '24.0.0', validate: exnref }), null);
  assert.equal(engineProblem({ node: '25.1.0', validate: exnref }), null);
  assert.match(engineProblem({ node: '24.0.0', validate: noExnref }), /Node\.js \(24\.0\.0\) has WebAssembly exnref turned off/);
  assert.match(engineProblem({ node: null, validate: noExnref }), /browser's WebAssembly has no exception handling with exnref/);
  assert.equal(engineProblem({ node: null, validate: exnref }), null);
});

test('this engine passes the check', () => {
  assert.equal(engineProblem(), null);
});

/** An installed Node older than 24 (MPSANDBOX_OLD_NODE, else Debian's /usr/bin/node), or undefined. */
function oldNode() {
  const node = process.env.MPSANDBOX_OLD_NODE ?? '/usr/bin/node';
  if (!existsSync(node)) return undefined;
  const r = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  const version = r.stdout.trim();
  const major = Number(version.split('.')[0]);
  return major < NODE_MIN_MAJOR ? { node, version, major } : undefined;
}

const old = oldNode();
const skip = old ? false : 'no Node older than 24 on this machine (set MPSANDBOX_OLD_NODE to one)';

test('on an old Node the CLI exits 2 naming the version needed', { skip }, () => {
  const bin = fileURLToPath(new URL('../bin/mpsandbox.js', import.meta.url));
  const r = spawnSync(old.node, [bin, '-c', 'print(1)'], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`^mpsandbox needs Node\\.js 24 or newer \\(this is Node\\.js ${old.version.replaceAll('.', '\\.')}\\)`));
});

test('on an old Node the library import rejects with a ConfigurationError naming the version', { skip }, () => {
  const index = new URL('../src/index.js', import.meta.url).href;
  const engine = new URL('../src/engine.js', import.meta.url).href;
  const script = `
    try { await import(${JSON.stringify(index)}); console.log('imported'); }
    catch (e) { console.log(e.constructor.name, e.kind, e.message.startsWith('mpsandbox needs Node.js 24')); }
    // The exnref probe itself, whatever the version says: Node 20 has no exnref.
    const { engineProblem } = await import(${JSON.stringify(engine)});
    console.log(engineProblem({ node: '24.0.0' }) !== null);`;
  const r = spawnSync(old.node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const [imported, probe] = r.stdout.split('\n');
  assert.equal(imported, 'ConfigurationError config true', r.stderr);
  if (old.major <= 20) assert.equal(probe, 'true', 'the probe finds no exnref on Node 20');
});
