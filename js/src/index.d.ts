// Types of the mpsandbox package (src/index.js). The outcome object is the
// one every host reports: wit/outcome.schema.json in the repository.

export const DEFAULT_TIMEOUT_MS: number;
export const DEFAULT_MAX_OUTPUT: number;

export interface Options {
  /** Wall-clock limit per call in milliseconds (default 30 000; 0: no limit). */
  timeoutMs?: number;
  /** Cap on stdout+stderr bytes per call (default 1 MiB). */
  maxOutput?: number;
  /** Synchronous functions Python imports from the `host` module; arguments and results are JSON. */
  functions?: Record<string, (...args: any[]) => unknown>;
}

export interface Output {
  stdout: string;
  stderr: string;
}

export interface EvalOutput extends Output {
  /** repr() of the expression's value. */
  value: string;
}

/** The WIT `identity` record. */
export interface Description {
  implementation: string;
  version: string;
  languageVersion: string;
  source: string;
  modules: string[];
}

export class Session {
  static create(options?: Options): Promise<Session>;
  /** Runs `code` in the session's globals; throws a SandboxError when it fails. */
  exec(code: string): Output;
  /** Evaluates one expression. */
  eval(expression: string): EvalOutput;
  /** A fresh interpreter in place of this one (same options). */
  reset(): Promise<void>;
  close(): void;
  readonly closed: boolean;
  describe(): Description;
}

/** Runs `code` in a fresh sandbox. */
export function run(code: string, options?: Options): Promise<Output>;

export type ErrorKind =
  | 'exception'
  | 'syntax'
  | 'limit'
  | 'interrupted'
  | 'internal'
  | 'session_poisoned'
  | 'session_closed'
  | 'config'
  | 'invalid_snapshot'
  | 'request';

export type LimitKind = 'memory' | 'fuel' | 'timeout' | 'output' | 'stack';

/** The outcome object (wit/outcome.schema.json). */
export interface Outcome {
  ok: boolean;
  stdout: string;
  stderr: string;
  value?: string;
  error: {
    kind: ErrorKind;
    type: string;
    message: string;
    traceback: string;
    limit?: LimitKind;
    filename?: string;
    line?: number;
    column?: number;
    backtrace?: string;
  } | null;
  stats?: { duration_us: number; fuel: number | null; peak_memory: number | null };
  reset?: boolean;
  id?: unknown;
}

/** The outcome object of a call that returned or threw `outcome` after `ms` milliseconds. */
export function report(outcome: Output | Error, ms: number): Outcome;
/** The exit status a command-line host gives an outcome (docs/errors.md). */
export function exitCode(outcome: Outcome): number;

export class SandboxError extends Error {
  static readonly kind: ErrorKind | '';
  readonly kind: ErrorKind;
  stdout: string;
  stderr: string;
}
export class PythonError extends SandboxError {
  /** The Python exception's class name, e.g. "ZeroDivisionError". */
  type: string;
  traceback: string;
}
export class PythonSyntaxError extends SandboxError {
  type: string;
  filename: string;
  line: number;
  column: number;
  traceback: string;
}
export class LimitExceeded extends SandboxError {
  limit: LimitKind;
  detail: string;
}
export class Interrupted extends SandboxError {}
export class InternalError extends SandboxError {}
export class SessionPoisoned extends SandboxError {}
export class SessionClosed extends SandboxError {}
export class ConfigurationError extends SandboxError {}
export class InvalidSnapshot extends SandboxError {}
export class RequestError extends SandboxError {}
