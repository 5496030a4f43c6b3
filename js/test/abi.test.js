// The package's own canonical-ABI glue (src/instance.js) is written for the
// interpreter's core module as built: this reads the module's type, import,
// function and export sections and checks every signature the glue lowers
// to or lifts from (SIGNATURES), so a changed wit/interpreter.wit fails here
// instead of misreading memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { SIGNATURES } from '../src/instance.js';

const VALTYPES = { 0x7f: 'i', 0x7e: 'I', 0x7d: 'f', 0x7c: 'F', 0x7b: 'v' };

/** The module's function imports and exports as { name: "params>results" }. */
function signatures(bytes) {
  let at = 8;
  const byte = () => bytes[at++];
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = byte();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return result;
    }
  };
  const name = () => {
    const n = leb();
    at += n;
    return new TextDecoder().decode(bytes.subarray(at - n, at));
  };
  const valtype = () => {
    const t = byte();
    if (t === 0x63 || t === 0x64) leb(); // (ref null? ht): not in this module's signatures, but skip it right
    return VALTYPES[t] ?? `?${t.toString(16)}`;
  };
  const limits = () => {
    const flags = byte();
    leb();
    if (flags & 1) leb();
  };
  const types = [];
  const funcTypes = []; // type index of every function, imports first
  const imports = {};
  const exports = {};
  while (at < bytes.length) {
    const id = byte();
    const size = leb();
    const end = at + size;
    if (id === 1) {
      for (let n = leb(); n > 0; n--) {
        assert.equal(byte(), 0x60, 'a function type');
        const params = Array.from({ length: leb() }, valtype).join('');
        const results = Array.from({ length: leb() }, valtype).join('');
        types.push(`${params}>${results}`);
      }
    } else if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        const module = name();
        const field = name();
        const kind = byte();
        if (kind === 0) {
          const type = leb();
          funcTypes.push(type);
          (imports[module] ??= {})[field] = types[type];
        } else if (kind === 1) {
          valtype();
          limits();
        } else if (kind === 2) {
          limits();
        } else if (kind === 3) {
          valtype();
          byte();
        } else {
          byte();
          leb();
        }
      }
    } else if (id === 3) {
      for (let n = leb(); n > 0; n--) funcTypes.push(leb());
    } else if (id === 7) {
      for (let n = leb(); n > 0; n--) {
        const field = name();
        const kind = byte();
        const index = leb();
        if (kind === 0) exports[field] = types[funcTypes[index]];
      }
    }
    at = end;
  }
  return { imports, exports };
}

test("the core module's imports and exports have the signatures the glue is written for", () => {
  const core = signatures(readFileSync(new URL('../gen/interpreter.core.wasm', import.meta.url)));
  assert.deepEqual(core.imports, SIGNATURES.imports, 'the module imports exactly what src/instance.js provides');
  for (const [name, signature] of Object.entries(SIGNATURES.exports)) {
    assert.equal(core.exports[name], signature, `export ${name}`);
  }
});
