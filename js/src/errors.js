// The errors a sandboxed call raises, all under SandboxError. Each carries
// what the call printed before it failed (`stdout`, `stderr`).

export class SandboxError extends Error {
  constructor(message, { stdout = '', stderr = '' } = {}) {
    super(message);
    this.name = new.target.name;
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
  constructor(info, output) {
    super(info.message, output);
    this.type = info.typeName;
    this.traceback = info.traceback;
  }
}

/** The source did not compile: `type`, `message`, `line`, `column` (1-based), `traceback`. */
export class SyntaxError extends SandboxError {
  constructor(info, output) {
    super(info.message, output);
    this.type = info.typeName;
    this.filename = info.filename;
    this.line = info.line;
    this.column = info.column;
    this.traceback = info.traceback;
  }
}

/** A limit stopped the call: `kind` is "timeout" or "output". */
export class LimitError extends SandboxError {
  constructor(kind, detail, output) {
    super(`${kind} limit exceeded: ${detail}`, output);
    this.kind = kind;
    this.detail = detail;
  }
}

/** The interpreter failed in a way code should not be able to cause. */
export class InternalError extends SandboxError {}

/** A session used after close(). */
export class SessionClosedError extends SandboxError {}
