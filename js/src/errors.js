// The errors a sandboxed call raises, all under SandboxError, with the same
// names and kinds in every host (docs/errors.md; test/errors.test.js checks
// this file against that table). Each carries what the call printed before
// it failed (`stdout`, `stderr`) and its `kind`.

export class SandboxError extends Error {
  /** The error's kind, as the outcome object's `error.kind` names it. */
  static kind = '';

  constructor(message, { stdout = '', stderr = '' } = {}) {
    super(message);
    this.name = new.target.name;
    this.kind = new.target.kind;
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

/**
 * An exception escaped the Python code: `type` (its class name), `message`
 * (its str(), as Python's own `e.message` would be), `traceback` (the
 * CPython-style traceback, ending with `Type: message`).
 */
export class PythonError extends SandboxError {
  static kind = 'exception';

  constructor(info, output) {
    super(info.message, output);
    this.type = info.typeName;
    this.traceback = info.traceback;
  }
}

/** The source did not compile: `type`, `message`, `filename`, `line`, `column` (1-based), `traceback`. */
export class PythonSyntaxError extends SandboxError {
  static kind = 'syntax';

  constructor(info, output) {
    super(info.message, output);
    this.type = info.typeName;
    this.filename = info.filename;
    this.line = info.line;
    this.column = info.column;
    this.traceback = info.traceback;
  }
}

/**
 * A limit stopped the call: `limit` is "memory" (the `memory` cap), "fuel"
 * (the `maxSteps` budget), "timeout", "output" or "stack" in this host.
 */
export class LimitExceeded extends SandboxError {
  static kind = 'limit';

  constructor(limit, detail, output) {
    super(`${limit} limit exceeded: ${detail}`, output);
    this.limit = limit;
    this.detail = detail;
  }
}

/** The embedder interrupted the call. */
export class Interrupted extends SandboxError {
  static kind = 'interrupted';
}

/** The interpreter failed in a way code should not be able to cause. */
export class InternalError extends SandboxError {
  static kind = 'internal';
}

/** An earlier call ended the session's interpreter; reset() to continue. */
export class SessionPoisoned extends SandboxError {
  static kind = 'session_poisoned';
}

/** A session used after close(). */
export class SessionClosed extends SandboxError {
  static kind = 'session_closed';
}

/** A setting cannot work; nothing ran. */
export class ConfigurationError extends SandboxError {
  static kind = 'config';
}

/** Bytes that are not a usable snapshot. */
export class InvalidSnapshot extends SandboxError {
  static kind = 'invalid_snapshot';
}

/** A request a protocol front end could not parse or route. */
export class RequestError extends SandboxError {
  static kind = 'request';
}

/** Every class, by kind. */
export const ERROR_CLASSES = Object.fromEntries(
  [PythonError, PythonSyntaxError, LimitExceeded, Interrupted, InternalError, SessionPoisoned, SessionClosed,
    ConfigurationError, InvalidSnapshot, RequestError].map((c) => [c.kind, c]),
);

/** The exit status of a command-line run that ended with `kind` (docs/errors.md). */
export const EXIT_CODES = {
  exception: 1, syntax: 1, limit: 3, interrupted: 130, internal: 4, session_poisoned: 4,
  session_closed: 2, config: 2, invalid_snapshot: 2, request: 2,
};
