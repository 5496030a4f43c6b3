// The pool tests' shared setting: one idle instance at most, so each sandbox
// runs on the instance the one before it left.
import { pool } from '../src/index.js';

/** Runs `f` with the pool holding at most one instance, so that each sandbox reuses the last one's. */
export async function withOneIdle(f) {
  pool.clear();
  pool.maxIdle = 1;
  try {
    return await f();
  } finally {
    pool.maxIdle = 4;
  }
}
