// The shipped type declarations (src/index.d.ts, src/isolated.d.ts) parse and
// describe the API as the docs use it: a TypeScript program using every
// entry point type-checks under --strict.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

test('the .d.ts files type-check a program that uses the whole API', () => {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  const file = new URL('./types-check.ts', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
