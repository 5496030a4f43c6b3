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
  /** Functions whose calls pause a durable run (`Session.start`) until the embedder answers them. */
  pausing?: string[];
  /** Functions whose calls return an `asyncio` future in a durable run; the run pauses with every unanswered one. */
  awaitable?: string[];
  /** Pauses allowed in one durable run (default 1000); past it the call raises `host.HostLimitError`. */
  maxPauses?: number;
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

/** A call a paused run waits on. */
export interface HostCall {
  /** Unique for the interpreter's life. */
  readonly id: number;
  readonly name: string;
  readonly args: unknown[];
  readonly kwargs: Record<string, unknown>;
  /** Made by an `awaitable` function (an asyncio future waits on it). */
  readonly awaited: boolean;
}

/** How an error answer is raised at the call site: HostError, HostLimitError, TypeError, AttributeError. */
export type CallErrorKind = 'failed' | 'limit' | 'invalid-arguments' | 'unknown-function';

/** Several answers: call id to value (an Error value answers with an error). */
export type Answers = ReadonlyMap<number, unknown> | ReadonlyArray<readonly [number, unknown]>;

/** Where a durable run stands: ended (its last part's output) or paused. */
export type Progress = Output | Pending;

/** A paused run; good for one resume or cancel. Rejections are RequestErrors when refused, else the run's error. */
export class Pending implements Output {
  private constructor();
  /** Every unanswered call, oldest first. */
  readonly calls: readonly HostCall[];
  /** What the part that ended with this pause printed. */
  readonly stdout: string;
  readonly stderr: string;
  /** Answers call `id` with a JSON-shaped value (an Error answers with an error). */
  resume(id: number, value?: unknown): Promise<Progress>;
  /** Answers call `id` with an error raised at its call site (`kind` default "failed": host.HostError). */
  resumeError(id: number, message: string, kind?: CallErrorKind): Promise<Progress>;
  /** Answers several calls at once (awaited calls may be answered a few at a time). */
  resumeAll(answers: Answers): Promise<Progress>;
  /** Abandons the run; the session stays usable. */
  cancel(): void;
}

export class Session {
  static create(options?: Options): Promise<Session>;
  /** Runs `code` in the session's globals; throws a SandboxError when it fails. */
  exec(code: string): Output;
  /** Evaluates one expression. */
  eval(expression: string): EvalOutput;
  /** Runs `code` as a durable run: its output when it ends, or a Pending when it pauses at host calls. */
  start(code: string): Promise<Progress>;
  /** The paused run's Pending, or null. */
  readonly pending: Pending | null;
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
