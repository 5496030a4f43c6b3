// Compiled (never run) by test/types.test.js against the shipped .d.ts files.
import { run, Session, LimitExceeded, PythonSyntaxError, report, exitCode, type Outcome } from '../src/index.js';
import { runIsolated } from '../src/isolated.js';
async function main(): Promise<number> {
  const out = await run('print(1)', { timeoutMs: 0, maxOutput: 1024 });
  const s = await Session.create({ functions: { f: (x: number) => x * 2 } });
  const v: string = s.eval('1 + 1').value;
  try { s.exec('x'); } catch (e) { if (e instanceof LimitExceeded) { const l: string = e.limit; } if (e instanceof PythonSyntaxError) { const n: number = e.line; } }
  const o: Outcome = report(out, 1);
  const iso = await runIsolated('print(2)', { timeoutMs: 100 });
  return exitCode(o) + v.length + iso.stdout.length + s.describe().modules.length;
}
main();
