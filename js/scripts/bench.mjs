// The JS host's two benchmark rows, printed as JSON lines for
// scripts/bench/run.py: a fresh sandbox running print(1), and a session call.
import { run, Session } from '../src/index.js';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function timed(n, f) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f(i);
    times.push(performance.now() - t);
  }
  return median(times) * 1000;
}

await run('pass'); // compiles the core modules once
const fresh = await timed(300, () => run('print(1)'));
const s = await Session.create();
s.exec('x = 0');
const call = await timed(10000, () => s.exec('x = x + 1'));
console.log(JSON.stringify({ name: 'js_startup', value: fresh, unit: 'us' }));
console.log(JSON.stringify({ name: 'js_session_call', value: call, unit: 'us' }));
