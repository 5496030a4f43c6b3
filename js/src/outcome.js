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
 * The limit error for a guest limit the call ran into (`captured.guestLimit`,
 * runtime.last-guest-limit), as the HTTP adapter reports it: whatever the
 * step budget stopped is `fuel` (the program may have caught the
 * KeyboardInterrupt and ended some other way); a MemoryError that escaped
 * while the heap stood at the memory cap is `memory`. A MemoryError the
 * program caught is its own business, and one it raised itself below the
 * cap is an exception.
 */
function guestLimitError(captured, result, limits, output, what) {
  if (captured.guestLimit === 'steps') {
    const part = what === 'run' ? 'a part of the run' : 'the call';
    return new LimitExceeded('fuel', `${part} took more than its ${limits.maxSteps} steps (maxSteps)`, output);
  }
  const e = result.tag === 'err' ? result.val : undefined;
  if (captured.guestLimit === 'memory' && e?.tag === 'exception' && e.val.typeName === 'MemoryError') {
    const why = e.val.message ? `MemoryError: ${e.val.message}` : 'MemoryError';
    return new LimitExceeded('memory', `the heap cannot grow past the ${limits.memory}-byte memory cap (${why})`, output);
  }
  return undefined;
}

/**
 * `output` when the call succeeded, else throws the error it ended with.
 * `limits` are the ones the budget came from, and `what` ("call" or "run")
 * what they bounded, for the message.
 */
export function outcome(captured, result, limits, { output = decodeOutput(captured), what = 'call' } = {}) {
  const guest = guestLimitError(captured, result, limits, output, what);
  if (guest) throw guest;
  if (captured.truncated) throw new LimitExceeded('output', `more than ${limits.maxOutput} bytes of output`, output);
  if (captured.timedOut) throw new LimitExceeded('timeout', `the ${what} ran past ${limits.timeoutMs} ms`, output);
  if (result.tag === 'ok') return output;
  const e = result.val;
  if (e.tag === 'exception') throw new PythonError(e.val, output);
  if (e.tag === 'syntax') throw new PythonSyntaxError(e.val, output);
  throw new InternalError(String(e.val), output);
}
