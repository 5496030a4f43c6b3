// Transpiles the committed interpreter component (host/component/
// interpreter.wasm) into gen/ with jco. The package runs the main core
// module, gen/interpreter.core.wasm, with its own glue (src/instance.js);
// jco's JS bindings and shim modules are kept for scripts/bench.mjs, which
// measures them as the reference (the package ran on them before).
// --bindgen-enable-wasm-exnref: the component uses standard (exnref)
// exception handling, which Node 24+ and current browsers run; jco rejects
// the component without it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const component = join(here, '..', 'host', 'component', 'interpreter.wasm');
const out = join(here, 'gen');
rmSync(out, { recursive: true, force: true });
const jco = join(here, 'node_modules', '@bytecodealliance', 'jco', 'dist', 'jco.js');
execFileSync(process.execPath, [
  jco, 'transpile', component, '-o', out, '--name', 'interpreter',
  '--instantiation', 'async', '--bindgen-enable-wasm-exnref', '--no-typescript', '--quiet',
], { stdio: 'inherit' });
console.log(`built ${out} from ${component}`);
