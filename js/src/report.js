// An outcome as the JSON object `mpsandbox --json` prints (the Rust CLI's
// contract), and its exit status.
import { InternalError, LimitError, PythonError, SandboxError, SyntaxError } from './errors.js';

export function report(outcome, ms) {
  const failed = outcome instanceof Error;
  const stats = { duration_us: Math.round(ms * 1000), fuel: null, peak_memory: null };
  if (!failed) return { ok: true, stdout: outcome.stdout, stderr: outcome.stderr, error: null, stats };
  const e = outcome;
  const error = { kind: 'internal', type: e.name, message: e.message, traceback: '' };
  if (e instanceof PythonError) Object.assign(error, { kind: 'exception', type: e.type, message: e.message, traceback: e.traceback });
  if (e instanceof SyntaxError) {
    Object.assign(error, { kind: 'syntax', type: e.type, message: e.message, traceback: e.traceback,
      filename: e.filename, line: e.line, column: e.column });
  }
  if (e instanceof LimitError) Object.assign(error, { kind: 'limit', type: 'LimitExceeded', limit: e.kind, message: e.message });
  const output = e instanceof SandboxError ? e : { stdout: '', stderr: '' };
  return { ok: false, stdout: output.stdout, stderr: output.stderr, error, stats };
}

/** Exit status, as the Rust CLI documents it. */
export function exitCode(r) {
  if (r.ok) return 0;
  return { exception: 1, syntax: 1, limit: 3, usage: 2 }[r.error.kind] ?? 4;
}

/** The outcome a report describes: the output, or the error it throws. */
export function fromReport(r) {
  const output = { stdout: r.stdout, stderr: r.stderr };
  if (r.ok) return output;
  const e = r.error;
  const info = { typeName: e.type, message: e.message, traceback: e.traceback, filename: e.filename, line: e.line, column: e.column };
  if (e.kind === 'exception') return new PythonError(info, output);
  if (e.kind === 'syntax') return new SyntaxError(info, output);
  if (e.kind === 'limit') return new LimitError(e.limit, e.message.replace(/^\w+ limit exceeded: /, ''), output);
  return new InternalError(e.message, output);
}
