// Node only: a run in a worker thread that is terminated if it outlives its
// timeout by GRACE_MS. The guest's own deadline and step budget stop
// ordinary code; only code that catches every interrupt (or one long native
// operation) needs the kill, which JS engines offer in place of wasmtime's
// fuel and epochs.
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_OUTPUT, DEFAULT_MAX_STEPS, DEFAULT_MEMORY, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { LimitExceeded } from './errors.js';
import { fromReport } from './report.js';

export const GRACE_MS = 1000;

/**
 * Like run(), isolated in a worker; resolves to { stdout, stderr } (and
 * `files` when given `files`) or rejects with a SandboxError. Options:
 * `timeoutMs`, `maxOutput`, `memory`, `maxSteps`, and the file overlay's
 * `files`, `maxFilesSize`, `maxWrite`, `readOnlyFiles`.
 */
export function runIsolated(code, {
  timeoutMs = DEFAULT_TIMEOUT_MS, maxOutput = DEFAULT_MAX_OUTPUT, memory = DEFAULT_MEMORY, maxSteps = DEFAULT_MAX_STEPS,
  files, maxFilesSize, maxWrite, readOnlyFiles,
} = {}) {
  return new Promise((resolve, reject) => {
    const options = { timeoutMs, maxOutput, memory, maxSteps, files, maxFilesSize, maxWrite, readOnlyFiles };
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { code: String(code), options } });
    const settle = (outcome) => {
      clearTimeout(kill);
      worker.terminate();
      (outcome instanceof Error ? reject : resolve)(outcome);
    };
    const kill = timeoutMs > 0 && setTimeout(() => {
      settle(new LimitExceeded('timeout', `the call ran past ${timeoutMs} ms and ignored the interrupt; its worker was terminated`));
    }, timeoutMs + GRACE_MS);
    worker.once('message', ({ report, files }) => {
      const outcome = fromReport(report);
      if (files !== undefined) outcome.files = files;
      settle(outcome);
    });
    worker.once('error', (e) => settle(e));
  });
}
