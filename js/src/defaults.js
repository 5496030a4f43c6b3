// The limits a sandbox has unless told otherwise: the Rust host's defaults
// (30 s per call, 1 MiB of stdout+stderr, 256 MiB of linear memory),
// defined once for the library, the isolated runner and the CLI. A timeout
// of 0 means no limit; so does a step budget of 0, the default (the Rust
// host's fuel is unlimited by default too).
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OUTPUT = 1 << 20;
export const DEFAULT_MEMORY = 256 << 20;
export const DEFAULT_MAX_STEPS = 0;
