// The contract every host shares: the error classes are docs/errors.md's
// table (names, kinds, exit codes), and every outcome this package reports
// (report(), the CLI's --json) validates against wit/outcome.schema.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

import * as mpsandbox from '../src/index.js';
import { EXIT_CODES } from '../src/errors.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('wit/outcome.schema.json', root), 'utf8'));
// schemars names Rust's integer types as formats; the bounds are in minimum/maximum.
const validate = new Ajv2020({ allErrors: true, formats: { uint32: true, uint64: true } }).compile(schema);

function assertOutcome(v) {
  assert.ok(validate(v), `not an outcome: ${JSON.stringify(validate.errors)}\n${JSON.stringify(v)}`);
}

/** [kind, class, exit status] rows of docs/errors.md's table. */
function documentedErrors() {
  const table = readFileSync(new URL('docs/errors.md', root), 'utf8').split('| kind | class | exit |')[1];
  const rows = [];
  for (const line of table.split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim().replace(/^`|`$/g, ''));
    rows.push([cells[1], cells[2], Number(cells[3])]);
  }
  return rows;
}

test('the exported error classes are docs/errors.md\'s table', () => {
  const rows = documentedErrors();
  const exported = Object.entries(mpsandbox).filter(([, v]) => typeof v === 'function' && v.prototype instanceof mpsandbox.SandboxError);
  assert.deepEqual(exported.map(([name]) => name).sort(), rows.map(([, cls]) => cls).sort());
  for (const [kind, cls, exit] of rows) {
    assert.equal(mpsandbox[cls].kind, kind, cls);
    assert.equal(new mpsandbox[cls]('m').kind, kind, cls);
    assert.equal(EXIT_CODES[kind], exit, kind);
  }
});

test('report() gives a valid outcome for every way a call ends', async () => {
  const s = await mpsandbox.Session.create({ maxOutput: 100 });
  const outcomes = {};
  for (const [name, call] of Object.entries({
    ok: () => s.exec('print(1)'),
    eval: () => s.eval('6 * 7'),
    exception: () => s.exec('1/0'),
    syntax: () => s.exec('def ('),
    limit: () => s.exec("print('x' * 1000)"),
    closed: () => { s.close(); return s.exec('1'); },
  })) {
    let r;
    try { r = call(); } catch (e) { r = e; }
    outcomes[name] = mpsandbox.report(r, 1.5);
    assertOutcome(outcomes[name]);
  }
  assert.equal(outcomes.eval.value, '42');
  assert.deepEqual(Object.fromEntries(Object.entries(outcomes).map(([k, v]) => [k, v.error?.kind ?? null])),
    { ok: null, eval: null, exception: 'exception', syntax: 'syntax', limit: 'limit', closed: 'session_closed' });
  assert.equal(outcomes.limit.error.limit, 'output');
  assert.equal(mpsandbox.exitCode(outcomes.limit), 3);
});

test('the CLI\'s --json validates, and a renamed field does not', () => {
  const bin = new URL('../bin/mpsandbox.js', import.meta.url).pathname;
  for (const code of ['print(1)', '1/0', 'x = (', "print('y' * 100)"]) {
    const out = spawnSync(process.execPath, [bin, '--json', '--max-output', '50', '-c', code], { encoding: 'utf8' });
    assertOutcome(JSON.parse(out.stdout));
  }
  const renamed = JSON.parse(spawnSync(process.execPath, [bin, '--json', '-c', '1/0'], { encoding: 'utf8' }).stdout);
  renamed.error.exception_type = renamed.error.type;
  delete renamed.error.type;
  assert.equal(validate(renamed), false);
});
