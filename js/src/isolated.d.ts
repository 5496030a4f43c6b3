// Types of mpsandbox/isolated (Node only): a run in a worker thread that is
// terminated if it outlives its timeout.
import type { Files, RunOutput } from './index.js';

export const GRACE_MS: number;

export interface IsolatedOptions {
  timeoutMs?: number;
  maxOutput?: number;
  /** Cap on linear memory in bytes (default 256 MiB). */
  memory?: number;
  /** Interpreter steps per call (default 0: none); past it `LimitExceeded` with `limit: 'fuel'`. */
  maxSteps?: number;
  files?: Files;
  maxFilesSize?: number;
  maxWrite?: number;
  readOnlyFiles?: boolean;
}

/** Like run(), in a worker terminated one second past the timeout (the files written are lost then). */
export function runIsolated(code: string, options?: IsolatedOptions): Promise<RunOutput>;
