// Compiled (never run) by test/types.test.js against the shipped .d.ts files.
import {
  run, Session, LimitExceeded, PythonSyntaxError, report, exitCode, Pending, RequestError, pool, SandboxError, DEFAULT_MEMORY,
  DEFAULT_MAX_STEPS,
  type Outcome, type HostCall, type Progress, type WrittenFiles, type PoolStats,
} from '../src/index.js';
import { runIsolated } from '../src/isolated.js';
async function main(): Promise<number> {
  const out = await run('print(1)', { timeoutMs: 0, maxOutput: 1024, memory: DEFAULT_MEMORY, maxSteps: DEFAULT_MAX_STEPS });
  const s = await Session.create({ functions: { f: (x: number) => x * 2 } });
  const v: string = s.eval('1 + 1').value;
  try { s.exec('x'); } catch (e) { if (e instanceof LimitExceeded) { const l: string = e.limit; } if (e instanceof PythonSyntaxError) { const n: number = e.line; } }
  const o: Outcome = report(out, 1);
  const iso = await runIsolated('print(2)', { timeoutMs: 100, memory: 64 << 20, maxSteps: 1e6, files: { '/data/in': 'x' } });
  return exitCode(o) + v.length + iso.stdout.length + s.describe().modules.length + (await durable()) + (await files());
}
async function files(): Promise<number> {
  pool.maxIdle = 2;
  await pool.warm();
  const stats: PoolStats = pool.stats();
  const r = await run('pass', { files: { '/data/a.csv': 'x', '/data/b': new Uint8Array(1), '/out/': null }, maxFilesSize: 1 << 20, maxWrite: 1024, readOnlyFiles: false });
  const written: WrittenFiles = r.files ?? {};
  const s = await Session.create({ files: {} });
  try { s.exec('1/0'); } catch (e) { if (e instanceof SandboxError) { const f: WrittenFiles | undefined = e.files; } }
  const bytes: Uint8Array | undefined = s.files()['/data/x'];
  pool.clear();
  return stats.idle + Object.keys(written).length + (bytes?.length ?? 0);
}
async function durable(): Promise<number> {
  const s = await Session.create({ pausing: ['approve'], awaitable: ['fetch'], maxPauses: 10 });
  let r: Progress = await s.start('from host import approve\nprint(approve(1))');
  let pauses = 0;
  while (r instanceof Pending) {
    const call: HostCall = r.calls[0];
    const awaited: boolean = call.awaited;
    const reason: unknown = call.kwargs['reason'];
    pauses += call.args.length + r.stdout.length;
    if (call.name === 'approve') r = await r.resume(call.id, { ok: true });
    else if (awaited) r = await r.resumeAll(new Map([[call.id, 'page']]));
    else if (reason === undefined) r = await r.resumeAll([[call.id, new Error('no')]]);
    else r = await r.resumeError(call.id, 'denied', 'limit');
  }
  const out: string = r.stdout;
  try { s.pending?.cancel(); } catch (e) { if (e instanceof RequestError) { const k: string = e.kind; } }
  return pauses + out.length;
}
main();
