// Types of mpsandbox/isolated (Node only): a run in a worker thread that is
// terminated if it outlives its timeout.
import type { Output } from './index.js';

export const GRACE_MS: number;

export function runIsolated(code: string, options?: { timeoutMs?: number; maxOutput?: number }): Promise<Output>;
