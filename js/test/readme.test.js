// The README's JavaScript example runs as written (so it cannot drift).
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';

test('the README example', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.split('\n## JavaScript: Node and the browser\n')[1];
  const example = /```js\n([\s\S]*?)```/.exec(section)[1];
  // Inside the package, so `import ... from 'mpsandbox'` resolves to it.
  const file = new URL('./readme-example.tmp.mjs', import.meta.url);
  writeFileSync(file, `${example}\nexport { stdout, s };\n`);
  try {
    const { stdout, s } = await import(file);
    assert.equal(stdout, '42\n');
    assert.equal(s.eval("r['opts']").value, "{'upper': True}");
  } finally {
    rmSync(file);
  }
});
