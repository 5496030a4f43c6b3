// The canonical ABI's values in one instance's linear memory: reading what
// the guest returns (strings, byte lists) and placing what it is given
// (allocated with its own cabi_realloc, which the guest frees).
//
// Every allocation can grow the memory, which detaches the ArrayBuffer the
// views were made on: views are taken afresh from `memory.buffer` whenever
// it changed, never kept across a call into the guest.

const utf8Decoder = new TextDecoder();
const utf8Encoder = new TextEncoder();

export class GuestMemory {
  #memory;
  #realloc;
  #buffer = null;
  #view = null;
  #bytes = null;

  /** The instance's memory and cabi_realloc, once it exists (the imports are made before it). */
  attach(memory, realloc) {
    this.#memory = memory;
    this.#realloc = realloc;
  }

  get byteLength() {
    return this.#memory.buffer.byteLength;
  }

  #refresh() {
    const buffer = this.#memory.buffer;
    if (buffer !== this.#buffer) {
      this.#buffer = buffer;
      this.#view = new DataView(buffer);
      this.#bytes = new Uint8Array(buffer);
    }
  }

  /** A DataView on the memory as it is now. */
  get view() {
    this.#refresh();
    return this.#view;
  }

  /** A Uint8Array on the memory as it is now. */
  get bytes() {
    this.#refresh();
    return this.#bytes;
  }

  string(ptr, len) {
    return len === 0 ? '' : utf8Decoder.decode(this.bytes.subarray(ptr, ptr + len));
  }

  /** A copy of `len` bytes at `ptr` (the guest frees or reuses its own). */
  copy(ptr, len) {
    return this.bytes.slice(ptr, ptr + len);
  }

  /** `list<string>` at `ptr`: `len` (pointer, length) pairs. */
  strings(ptr, len) {
    const view = this.view;
    const out = new Array(len);
    for (let i = 0; i < len; i++) out[i] = this.string(view.getUint32(ptr + 8 * i, true), view.getUint32(ptr + 8 * i + 4, true));
    return out;
  }

  alloc(size, align) {
    return size === 0 ? align : this.#realloc(0, 0, align, size);
  }

  /** Places `bytes` in guest memory: its (pointer, length). */
  lowerBytes(bytes) {
    const ptr = this.alloc(bytes.length, 1);
    this.bytes.set(bytes, ptr);
    return [ptr, bytes.length];
  }

  lowerString(s) {
    return this.lowerBytes(utf8Encoder.encode(s));
  }

  /** A `list<string>`: its (pointer, length). */
  lowerStrings(list) {
    const ptr = this.alloc(8 * list.length, 4);
    list.forEach((s, i) => {
      const [p, n] = this.lowerString(s);
      const view = this.view;
      view.setUint32(ptr + 8 * i, p, true);
      view.setUint32(ptr + 8 * i + 4, n, true);
    });
    return [ptr, list.length];
  }

  /** Writes a string result's (pointer, length) at `at`. */
  storeString(at, s) {
    const [p, n] = this.lowerString(s);
    const view = this.view;
    view.setUint32(at, p, true);
    view.setUint32(at + 4, n, true);
  }

  storeBytes(at, bytes) {
    const [p, n] = this.lowerBytes(bytes);
    const view = this.view;
    view.setUint32(at, p, true);
    view.setUint32(at + 4, n, true);
  }
}

/**
 * One resource type's handles for one instance: small integers the guest
 * holds, from 1 (0 is never a handle). Cleared, with the counter, when the
 * instance is returned to its pristine state.
 */
export class HandleTable {
  #next = 1;
  #items = new Map();

  add(value) {
    const handle = this.#next++;
    this.#items.set(handle, value);
    return handle;
  }

  get(handle) {
    return this.#items.get(handle);
  }

  remove(handle) {
    this.#items.delete(handle);
  }

  get size() {
    return this.#items.size;
  }

  clear() {
    this.#items.clear();
    this.#next = 1;
  }
}
