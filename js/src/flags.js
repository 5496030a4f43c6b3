// How the command line reads sizes (64K, 1M) and durations (500ms, 2s, 1m;
// 0 or 'none': no limit), as the Rust CLI does: both are tested against
// tests/conformance/flags.json. Counts (--max-steps) are plain integers.

export function parseDuration(s) {
  if (/^none$/i.test(s)) return 0;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|min|h)?$/i.exec(s.trim());
  if (!m) throw new Error(`'${s}' is not a duration like 500ms, 2s or 1m (or 'none')`);
  const scale = { ms: 1, s: 1000, m: 60000, min: 60000, h: 3600000 }[(m[2] ?? 's').toLowerCase()];
  return Math.round(Number(m[1]) * scale);
}

export function parseSize(s) {
  const m = /^(\d+)(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(s.trim());
  if (!m) throw new Error(`'${s}' is not a size like 512K or 64M`);
  const shift = { '': 0, b: 0, k: 10, kb: 10, kib: 10, m: 20, mb: 20, mib: 20, g: 30, gb: 30, gib: 30 }[(m[2] ?? '').toLowerCase()];
  const bytes = Number(m[1]) * 2 ** shift;
  if (!Number.isSafeInteger(bytes)) throw new Error(`'${s}' is too large`);
  return bytes;
}

/** A count such as --max-steps takes: a non-negative integer, or 'none' (0: no limit). */
export function parseCount(s) {
  if (/^none$/i.test(s.trim())) return 0;
  if (!/^\d+$/.test(s.trim())) throw new Error(`'${s}' is not a whole number (or 'none')`);
  const n = Number(s.trim());
  if (!Number.isSafeInteger(n)) throw new Error(`'${s}' is too large`);
  return n;
}
