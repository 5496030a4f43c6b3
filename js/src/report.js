// An outcome as the object every host reports (wit/outcome.schema.json, the
// Rust CLI's `--json`), and its exit status.
import { ERROR_CLASSES, EXIT_CODES, InternalError, LimitExceeded, PythonError, PythonSyntaxError, SandboxError } from './errors.js';

/** The outcome object of a call that returned `outcome` (or threw it) after `ms` milliseconds. */
export function report(outcome, ms) {
  const stats = { duration_us: Math.round(ms * 1000), fuel: null, peak_memory: null };
  if (!(outcome instanceof Error)) {
    const r = { ok: true, stdout: outcome.stdout, stderr: outcome.stderr, error: null, stats };
    if (outcome.value !== undefined) r.value = outcome.value;
    return r;
  }
  const e = outcome instanceof SandboxError ? outcome : new InternalError(`${outcome.name}: ${outcome.message}`);
  const error = { kind: e.kind, type: e.name, message: e.message, traceback: '' };
  if (e instanceof PythonError || e instanceof PythonSyntaxError) Object.assign(error, { type: e.type, traceback: e.traceback });
  if (e instanceof PythonSyntaxError) Object.assign(error, { filename: e.filename, line: e.line, column: e.column });
  if (e instanceof LimitExceeded) error.limit = e.limit;
  return { ok: false, stdout: e.stdout, stderr: e.stderr, error, stats };
}

/** Exit status, as the Rust CLI documents it. */
export function exitCode(r) {
  return r.ok ? 0 : EXIT_CODES[r.error.kind] ?? 4;
}

/** The outcome a report describes: the output, or the error it throws. */
export function fromReport(r) {
  const output = { stdout: r.stdout, stderr: r.stderr };
  if (r.ok) return output;
  const e = r.error;
  const info = { typeName: e.type, message: e.message, traceback: e.traceback, filename: e.filename, line: e.line, column: e.column };
  if (e.kind === 'exception') return new PythonError(info, output);
  if (e.kind === 'syntax') return new PythonSyntaxError(info, output);
  if (e.kind === 'limit') return new LimitExceeded(e.limit, e.message.replace(/^\w+ limit exceeded: /, ''), output);
  return new (ERROR_CLASSES[e.kind] ?? InternalError)(e.message, output);
}
