// The limits a sandbox has unless told otherwise: the Rust host's defaults
// (30 s per call, 1 MiB of stdout+stderr), defined once for the library,
// the isolated runner and the CLI. A timeout of 0 means no limit.
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OUTPUT = 1 << 20;
