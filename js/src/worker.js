// One run in a worker thread, so the CLI can end it from outside: the
// guest's own deadline stops ordinary code, and terminating the worker stops
// code that catches every exception (the JS host has no fuel or epochs).
// Posts the outcome object, and the files the program wrote when it was
// given `files`.
import { parentPort, workerData } from 'node:worker_threads';
import { run } from './index.js';
import { report } from './report.js';

const { code, options } = workerData;
const started = performance.now();
let outcome;
try {
  outcome = await run(code, options);
} catch (e) {
  outcome = e;
}
parentPort.postMessage({ report: report(outcome, performance.now() - started), files: outcome?.files });
