/**
 * Min/max-per-bucket downsampling for step series: keeps the first, lowest, highest and last point of each
 * pixel bucket, so steps and spikes survive and no more points than pixels reach the chart. Points marked
 * `keep` (documented change points) are never dropped while they fit in the budget.
 */
export interface SamplePoint {
  t: number;
  rate: number;
  keep?: boolean;
}

export function downsampleMinMax<P extends SamplePoint>(points: readonly P[], maxPoints: number): P[] {
  if (points.length <= maxPoints || maxPoints < 4) return [...points];
  const buckets = Math.max(1, Math.floor(maxPoints / 4));
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const span = Math.max(1, last.t - first.t);
  const out: P[] = [];
  let bucket = -1;
  let chosen: P[] = [];
  let lo: P | undefined;
  let hi: P | undefined;
  let head: P | undefined;
  let tail: P | undefined;
  const flush = () => {
    if (!head || !tail || !lo || !hi) return;
    chosen = [head, lo, hi, tail];
    const unique = [...new Set(chosen)].sort((a, b) => a.t - b.t);
    out.push(...unique);
  };
  for (const p of points) {
    const b = Math.min(buckets - 1, Math.floor(((p.t - first.t) / span) * buckets));
    if (b !== bucket) {
      flush();
      bucket = b;
      head = lo = hi = tail = p;
      continue;
    }
    tail = p;
    if (p.rate < lo!.rate) lo = p;
    if (p.rate > hi!.rate) hi = p;
  }
  flush();
  return out;
}
