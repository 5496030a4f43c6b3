// wasi:cli/stdout and stderr for one instance. Every call goes through
// exec-captured, which returns the output itself, so the guest never writes
// to these streams; they exist so nothing could reach the host process's
// own stdout. The guest only calls blocking-write-and-flush, and whatever
// arrived there would be dropped.

export class OutputStream {
  blockingWriteAndFlush(_contents) {}

  [Symbol.dispose]() {}
}
