// Types of the mpsandbox package (src/index.js). The outcome object is the
// one every host reports: wit/outcome.schema.json in the repository.

export const DEFAULT_TIMEOUT_MS: number;
export const DEFAULT_MAX_OUTPUT: number;
/** Default `memory`: 256 MiB, as in the Rust host. */
export const DEFAULT_MEMORY: number;
/** Default `maxSteps`: 0, no step budget. */
export const DEFAULT_MAX_STEPS: number;
/** Default `maxFilesSize`: 64 MiB. */
export const DEFAULT_MAX_FILES_SIZE: number;
/** Default `maxWrite`: 16 MiB. */
export const DEFAULT_MAX_WRITE: number;

/**
 * The file overlay: absolute path to contents. Each top-level directory
 * ('/data') is one directory the program sees (the first is its working
 * directory); a key ending in '/' with the value null is an empty directory.
 */
export type Files = Record<string, string | Uint8Array | null>;

/** Files the program created or wrote to: absolute path to their bytes. */
export type WrittenFiles = Record<string, Uint8Array>;

export interface Options {
  /** Wall-clock limit per call in milliseconds (default 30 000; 0: no limit). */
  timeoutMs?: number;
  /** Cap on stdout+stderr bytes per call (default 1 MiB). */
  maxOutput?: number;
  /**
   * Cap on the instance's linear memory in bytes (default 256 MiB). The
   * interpreter's heap does not grow past it: the allocation that needs more
   * raises `MemoryError`, which is `LimitExceeded` (`limit: 'memory'`) when
   * it escapes the program. Below what the interpreter starts with (~4 MiB):
   * `ConfigurationError`.
   */
  memory?: number;
  /**
   * Steps the interpreter may take per call (default 0: none), counted at
   * loop branches and returns in blocks of 1,024; past it the call stops
   * with `LimitExceeded` (`limit: 'fuel'`). Not wasm instructions, so not
   * the Rust host's `fuel` units. A durable run's budget is per part.
   */
  maxSteps?: number;
  /** Synchronous functions Python imports from the `host` module; arguments and results are JSON. */
  functions?: Record<string, (...args: any[]) => unknown>;
  /** Functions whose calls pause a durable run (`Session.start`) until the embedder answers them. */
  pausing?: string[];
  /** Functions whose calls return an `asyncio` future in a durable run; the run pauses with every unanswered one. */
  awaitable?: string[];
  /** Pauses allowed in one durable run (default 1000); past it the call raises `host.HostLimitError`. */
  maxPauses?: number;
  /** Files the program reads and writes (in memory; copied when the sandbox is made). */
  files?: Files;
  /** Most bytes `files` may hold together (default 64 MiB); more is a ConfigurationError. */
  maxFilesSize?: number;
  /**
   * Bytes the program may write to files over the sandbox's life (default
   * 16 MiB; a gap written past a file's end counts, a new file or directory
   * counts 256); past it a write fails with OSError ENOSPC.
   */
  maxWrite?: number;
  /** The program may read the files but not change them. */
  readOnlyFiles?: boolean;
}

export interface Output {
  stdout: string;
  stderr: string;
}

/** What run() resolves to: with the `files` option, also the files the program wrote. */
export interface RunOutput extends Output {
  files?: WrittenFiles;
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
  /** The files the program created or wrote to ({} without the `files` option); readable after close. */
  files(): WrittenFiles;
  /** A fresh interpreter in place of this one (same options; the overlay made again from `files`). */
  reset(): Promise<void>;
  close(): void;
  readonly closed: boolean;
  describe(): Description;
}

/** Runs `code` in a fresh sandbox. */
export function run(code: string, options?: Options): Promise<RunOutput>;

export interface PoolStats {
  /** Instances waiting for a sandbox, and most kept. */
  idle: number;
  maxIdle: number;
  /** Instances instantiated, sandboxes that reused one, instances dropped (trapped, grown, or beyond maxIdle). */
  created: number;
  reused: number;
  dropped: number;
}

/** The pool of idle interpreter instances, restored to their pristine state for each new sandbox. */
export const pool: {
  /** How many idle instances are kept (default 4; 0: every sandbox instantiates anew). */
  maxIdle: number;
  /** Instantiates ahead so that the next `n` sandboxes (default 1) start at once. */
  warm(n?: number): Promise<void>;
  /** Drops the idle instances. */
  clear(): void;
  stats(): PoolStats;
};

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
  /** From run() given `files`: the files the program wrote before it failed. */
  files?: WrittenFiles;
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
/**
 * A limit stopped the call: in this host `memory` (the `memory` cap), `fuel`
 * (the `maxSteps` budget), `timeout`, `output` or `stack` (recursion past the
 * engine's stack).
 */
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
