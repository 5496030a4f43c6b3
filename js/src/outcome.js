// What a captured call (exec-captured, eval-captured, a part of a pausable
// run) returned, as the package reports it: the output, or the SandboxError
// that carries it. Shared by Session and durable runs (pause.js).
import { InternalError, LimitExceeded, PythonError, PythonSyntaxError } from './errors.js';

const utf8 = new TextDecoder();

/** The WIT `captured-output` as text. */
export function decodeOutput(captured) {
  return { stdout: utf8.decode(captured.stdout), stderr: utf8.decode(captured.stderr) };
}

/**
 * `output` when the call succeeded, else throws the error it ended with.
 * `limits` are the ones the budget came from, and `what` ("call" or "run")
 * what they bounded, for the message.
 */
export function outcome(captured, result, limits, { output = decodeOutput(captured), what = 'call' } = {}) {
  if (captured.truncated) throw new LimitExceeded('output', `more than ${limits.maxOutput} bytes of output`, output);
  if (captured.timedOut) throw new LimitExceeded('timeout', `the ${what} ran past ${limits.timeoutMs} ms`, output);
  if (result.tag === 'ok') return output;
  const e = result.val;
  if (e.tag === 'exception') throw new PythonError(e.val, output);
  if (e.tag === 'syntax') throw new PythonSyntaxError(e.val, output);
  throw new InternalError(String(e.val), output);
}
