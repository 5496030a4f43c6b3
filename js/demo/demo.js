// The demo page: each Run is a fresh sandbox (2 s timeout, 64 KiB of
// output, 64 MiB of memory); errors show their Python traceback.
import { pool, run, SandboxError } from '../src/index.js';

const code = document.getElementById('code');
const button = document.getElementById('run');
const output = document.getElementById('output');
const status = document.getElementById('status');

async function runCode() {
  button.disabled = true;
  status.textContent = 'running…';
  const started = performance.now();
  try {
    const r = await run(code.value, { timeoutMs: 2000, maxOutput: 64 << 10, memory: 64 << 20 });
    output.className = '';
    output.textContent = r.stdout + r.stderr;
  } catch (e) {
    output.className = 'error';
    output.textContent = e instanceof SandboxError ? e.stdout + e.stderr + (e.traceback ?? `${e.message}\n`) : String(e);
  }
  status.textContent = `done in ${(performance.now() - started).toFixed(1)} ms`;
  button.disabled = false;
}

button.addEventListener('click', runCode);
// Compiling the interpreter and making an instance up front makes the first
// Run as fast as the rest.
pool.warm(1).then(() => {
  status.textContent = 'ready';
  button.disabled = false;
}, (e) => {
  status.textContent = `the interpreter failed to load: ${e}`;
});
