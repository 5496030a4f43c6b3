// The conformance suite every host of the component runs
// (tests/conformance/cases.json), through this package. A case's directory
// grant is given as the file overlay (the `files` option), which is how a
// JS host grants a directory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { LimitExceeded, PythonError, Session, PythonSyntaxError } from '../src/index.js';
import { runIsolated } from '../src/isolated.js';

const suite = JSON.parse(readFileSync(new URL('../../tests/conformance/cases.json', import.meta.url), 'utf8'));

/** The suite's memory cap, set by every driver. */
const MEMORY_CAP = 64 << 20;

/** What this host lacks, by the `needs` names of cases.json, and why. */
const LACKS = {};

/** A case's `grant` as run options: the overlay with its files under the guest path. */
function grantOptions(grant) {
  if (!grant) return {};
  const files = Object.fromEntries(Object.entries(grant.files).map(([name, text]) => [`${grant.guest}/${name}`, text]));
  return { files, readOnlyFiles: Boolean(grant.read_only) };
}

function describeError(e) {
  if (e instanceof PythonError) {
    const lines = [...e.traceback.matchAll(/, line (\d+)/g)];
    return { kind: 'exception', type: e.type, message: e.message, line: lines.length ? Number(lines.at(-1)[1]) : undefined };
  }
  if (e instanceof PythonSyntaxError) return { kind: 'syntax', type: e.type, message: e.message, line: e.line };
  if (e instanceof LimitExceeded) return { kind: 'limit', limit: e.limit };
  throw e;
}

async function outcome(c) {
  // A step budget too (~0.1 s of looping): runaway code is stopped by it,
  // and code that catches every interrupt by the worker's kill.
  const limits = { timeoutMs: 3000, maxOutput: 64 << 10, maxSteps: 10_000_000, memory: MEMORY_CAP };
  try {
    if (c.session) {
      const s = await Session.create(limits);
      for (const call of c.session.slice(0, -1)) s.exec(call);
      return { ...s.exec(c.session.at(-1)), error: null };
    }
    return { ...(await runIsolated(c.code, { ...limits, ...grantOptions(c.grant) })), error: null };
  } catch (e) {
    return { stdout: e.stdout, stderr: e.stderr, files: e.files, error: describeError(e) };
  }
}

for (const c of suite.cases) {
  const lacking = (c.needs ?? []).find((n) => LACKS[n]);
  test(c.name, { skip: lacking && LACKS[lacking] }, async () => {
    const got = await outcome(c);
    if ('stdout' in c) assert.equal(got.stdout, c.stdout);
    if ('stderr' in c) assert.equal(got.stderr, c.stderr);
    // Files the program wrote come back; an unchanged one must not be among them.
    for (const name of Object.keys(c.unchanged ?? {})) assert.ok(!(`${c.grant.guest}/${name}` in got.files), `${name} was written`);
    if (!c.error) return assert.equal(got.error, null);
    assert.ok(got.error, 'the call succeeded');
    if (got.error.kind === 'exception' && got.error.type === c.error.or_exception) return;
    assert.equal(got.error.kind, c.error.kind);
    for (const k of ['type', 'message', 'line']) if (k in c.error) assert.equal(got.error[k], c.error[k], k);
    if (c.error.limit && c.error.limit !== 'any') assert.equal(got.error.limit, c.error.limit);
  });
}
