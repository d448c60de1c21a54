// Percentiles and a plain-text table for `npm run bench`. Benchmarks report; they never assert.

export interface Sample {
  what: string;
  unit: 'ms' | 'KB' | 'count' | 'MB' | 'ratio';
  p50?: number;
  p95?: number;
  value?: number;
  target?: string;
  n?: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(what: string, timings: readonly number[], target?: string): Sample {
  return { what, unit: 'ms', p50: percentile(timings, 50), p95: percentile(timings, 95), n: timings.length, target };
}

const fmt = (n: number | undefined) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 3 : 1));

export function table(samples: readonly Sample[]): string {
  const rows = [
    ['what', 'p50', 'p95', 'value', 'unit', 'n', 'target'],
    ...samples.map((s) => [s.what, fmt(s.p50), fmt(s.p95), fmt(s.value), s.unit, s.n === undefined ? '' : String(s.n), s.target ?? '']),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
