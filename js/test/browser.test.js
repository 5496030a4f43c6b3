// The demo page in headless Chromium (Debian's, driven by playwright-core):
// the interpreter loads, Run executes the code box, and the page shows the
// output, and a Python error with its traceback; the guest's own limits
// (memory cap, step budget) hold in the page.
// MPSANDBOX_SCREENSHOT=FILE also saves a screenshot (js/demo/screenshot.png, shown in docs/js.md).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
let server, browser, page;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (Debian package chromium)`);
  server = await serve(0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 620 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready', null, { timeout: 30000 });
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function runInPage(code) {
  await page.fill('#code', code);
  await page.click('#run');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('done'), null, { timeout: 30000 });
  return page.evaluate(() => ({ text: document.getElementById('output').textContent, error: document.getElementById('output').className === 'error' }));
}

test('the demo runs the code box and shows its output', async () => {
  const out = await runInPage("import json\nsquares = {n: n * n for n in range(1, 6)}\nprint(json.dumps(squares))\nprint(sum(squares.values()), 2 ** 100)");
  assert.deepEqual(out, { text: '{"1": 1, "2": 4, "3": 9, "4": 16, "5": 25}\n55 1267650600228229401496703205376\n', error: false });
  if (process.env.MPSANDBOX_SCREENSHOT) await page.screenshot({ path: process.env.MPSANDBOX_SCREENSHOT });
});

test('a Python error shows its traceback', async () => {
  const out = await runInPage("print('before')\n1 / 0");
  assert.equal(out.error, true);
  assert.match(out.text, /^before\nTraceback \(most recent call last\):\n.*ZeroDivisionError: divide by zero\n$/s);
});

test('a runaway loop stops at the timeout and the page stays usable', async () => {
  const out = await runInPage('while True:\n    pass');
  assert.equal(out.error, true);
  assert.match(out.text, /timeout limit exceeded/);
  assert.equal((await runInPage("print('again')")).text, 'again\n');
});

test('in the page: the file overlay, a sleep, and sandboxes on reused instances', async () => {
  const got = await page.evaluate(async () => {
    const { pool, run } = await import('../src/index.js');
    const r = await run("import time, os\ntime.sleep(0.05)\nopen('/data/out.txt', 'w').write(open('/data/in.txt').read().upper())\nprint(os.listdir('/data'))",
      { files: { '/data/in.txt': 'page' } });
    const second = await run('print(2)');
    return { stdout: r.stdout, out: new TextDecoder().decode(r.files['/data/out.txt']), second: second.stdout, stats: pool.stats() };
  });
  assert.equal(got.stdout, "['in.txt', 'out.txt']\n");
  assert.equal(got.out, 'PAGE');
  assert.equal(got.second, '2\n');
  assert.ok(got.stats.reused >= 2, JSON.stringify(got.stats));
});

test('in the page: the memory cap and the step budget stop a program, and the page goes on', async () => {
  const out = await runInPage('x = []\nwhile True:\n    x.append(bytearray(1 << 20))');
  assert.equal(out.error, true);
  assert.match(out.text, /memory limit exceeded: the heap cannot grow past the 67108864-byte memory cap/);
  const got = await page.evaluate(async () => {
    const { run } = await import('../src/index.js');
    const limit = async (code, options) => run(code, options).then(() => null, (e) => e.limit);
    return {
      steps: await limit('while True:\n    pass', { maxSteps: 1_000_000, timeoutMs: 0 }),
      memory: await limit('x = bytearray(32 << 20)', { memory: 16 << 20 }),
      within: (await run('print(len(bytearray(8 << 20)))', { memory: 16 << 20, maxSteps: 1_000_000 })).stdout,
    };
  });
  assert.deepEqual(got, { steps: 'fuel', memory: 'memory', within: '8388608\n' });
  assert.equal((await runInPage("print('again')")).text, 'again\n');
});
