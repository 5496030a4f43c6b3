// A copy of an instance's linear memory (pool.js keeps the pristine one,
// taken right after instantiation, and puts it back into every instance a
// sandbox hands back).

const BLOCK = 4096;

/**
 * A copy of an instance's linear memory, put back with `copyTo`. Most of a
 * fresh instance's memory is zero (the 2 MiB shadow stack, the free space
 * above the heap): such runs are filled with zeros rather than copied, which
 * writes the same bytes in a third of the time.
 */
export class MemoryImage {
  #bytes;
  /** [offset, length, zero] runs of 4 KiB blocks covering the image. */
  #runs = [];

  constructor(bytes) {
    this.#bytes = bytes;
    for (let at = 0; at < bytes.length; at += BLOCK) {
      const end = Math.min(bytes.length, at + BLOCK);
      let zero = true;
      for (let i = at; i < end; i++) {
        if (bytes[i] !== 0) {
          zero = false;
          break;
        }
      }
      const last = this.#runs.at(-1);
      if (last !== undefined && last[2] === zero) last[1] += end - at;
      else this.#runs.push([at, end - at, zero]);
    }
  }

  get length() {
    return this.#bytes.length;
  }

  /** Makes `memory` (a Uint8Array of the same length) equal to this image. */
  copyTo(memory) {
    for (const [at, length, zero] of this.#runs) {
      if (zero) memory.fill(0, at, at + length);
      else memory.set(this.#bytes.subarray(at, at + length), at);
    }
  }
}
