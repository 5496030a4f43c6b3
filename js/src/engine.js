// Whether this JavaScript engine can run the interpreter, checked when the
// package loads so that an old Node fails with a sentence instead of a
// WebAssembly compile error ("invalid value type 'noexternref'").
//
// The interpreter uses standard WebAssembly exception handling (exnref):
// MicroPython's non-local returns are setjmp/longjmp carried by it. Node 24
// (V8 13.6) runs it by default. Node 20 cannot compile it. Node 22 turns on
// V8 12.4's exnref, written before the standard was final and with known
// correctness bugs (nodejs/node#62783), so this package asks for 24 there
// too rather than run on it (docs/js.md, "Node 24"). In a browser the check is
// the feature itself.
import { ConfigurationError } from './errors.js';

export const NODE_MIN_MAJOR = 24;

/** `(module (func (result exnref) ref.null exn))`: valid only where exnref is. */
const EXNREF_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x69,
  0x03, 0x02, 0x01, 0x00, 0x0a, 0x06, 0x01, 0x04, 0x00, 0xd0, 0x69, 0x0b,
]);

/**
 * Why this engine cannot run the package, or null when it can. `node` is
 * the Node.js version (null: not Node) and `validate` WebAssembly's
 * validator: parameters so that tests can ask about other engines.
 */
export function engineProblem({
  node = globalThis.process?.versions?.node ?? null,
  validate = (bytes) => typeof WebAssembly === 'object' && WebAssembly.validate(bytes),
} = {}) {
  if (node != null) {
    const major = Number(String(node).split('.')[0]);
    if (!(major >= NODE_MIN_MAJOR)) {
      return `mpsandbox needs Node.js ${NODE_MIN_MAJOR} or newer (this is Node.js ${node}): its interpreter uses ` +
        'WebAssembly exception handling with exnref, which Node 20 cannot compile and Node 22 runs only on a ' +
        `pre-standard implementation; install Node.js ${NODE_MIN_MAJOR} (https://nodejs.org)`;
    }
  }
  if (!validate(EXNREF_PROBE)) {
    return node != null
      ? `this Node.js (${node}) has WebAssembly exnref turned off, which mpsandbox's interpreter needs (exception handling)`
      : 'this browser\'s WebAssembly has no exception handling with exnref, which mpsandbox\'s interpreter needs ' +
        '(current Chromium and Firefox have it)';
  }
  return null;
}

/** Throws a ConfigurationError saying what is needed when this engine cannot run the package. */
export function assertEngine(facts) {
  const problem = engineProblem(facts);
  if (problem) throw new ConfigurationError(problem);
}
