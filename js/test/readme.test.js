// The documented JavaScript examples run as written (so they cannot drift):
// the examples of docs/js.md and the quick starts of the README and of the
// package's own js/README.md.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

/** The first ```js block after `heading` in `path` (relative to the repository root). */
function example(path, heading) {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const section = text.split(`\n${heading}\n`)[1];
  return /```js\n([\s\S]*?)```/.exec(section)[1];
}

/** Runs `code` as a module inside the package (so `from 'mpsandbox'` resolves to it) and returns `names`. */
async function evaluate(code, names, tag) {
  const file = new URL(`./${tag}-example.tmp.mjs`, import.meta.url);
  writeFileSync(file, `${code}\nexport { ${names.join(', ')} };\n`);
  try {
    return await import(file);
  } finally {
    rmSync(file);
  }
}

test('the example of docs/js.md', async () => {
  const { stdout, s } = await evaluate(example('docs/js.md', '## Example'), ['stdout', 's'], 'docs');
  assert.equal(stdout, '42\n');
  assert.equal(s.eval("r['opts']").value, "{'upper': True}");
});

test('the durable-run example of docs/js.md', async () => {
  const { stdout, s } = await evaluate(example('docs/js.md', '## Durable runs'), ['stdout', 's'], 'durable');
  assert.equal(stdout, "['page a', 'page b']\n");
  assert.equal(s.pending, null);
});

test('the file-overlay example of docs/js.md', async () => {
  const { total, r } = await evaluate(example('docs/js.md', '## Files'), ['total', 'r'], 'files');
  assert.equal(total, '15');
  assert.deepEqual(Object.keys(r.files), ['/out/total.txt']);
});

test("the README's JavaScript quick start", async () => {
  const { stdout, value } = await evaluate(example('README.md', '### JavaScript (Node 24+ and the browser)'),
    ['stdout', 'value'], 'readme');
  assert.equal(stdout, '42\n');
  assert.equal(value, '42');
});

test("the package README's quick start", async () => {
  const { stdout, value } = await evaluate(example('js/README.md', '## Quick start'), ['stdout', 'value'], 'package');
  assert.equal(stdout, '45\n');
  assert.equal(value, "'aaa'");
});
