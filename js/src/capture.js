// wasi:cli/stdout and stderr for one instance: bytes collect in memory.
// The guest only ever calls blocking-write-and-flush on its streams, so
// that is the whole stream a sandbox needs; `exec` takes its output from
// exec-captured instead, and this collects what `eval` prints.

export class OutputStream {
  constructor() {
    this.chunks = [];
  }

  blockingWriteAndFlush(contents) {
    this.chunks.push(contents.slice());
  }

  take() {
    const text = new TextDecoder().decode(concat(this.chunks));
    this.chunks = [];
    return text;
  }

  [Symbol.dispose]() {}
}

function concat(chunks) {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
