/**
 * Realistic benchmark datasets: grown from copies of the shipped records, so they are shaped like them (every
 * date precision from exact days to seasons and years, inferred dates with reasoning, notes with related ids,
 * ambiguity and conflicts, several quotes per record, replacements, cancellations and supersession, every
 * collection and kind), never the easiest records there are.
 *
 * Copy k of the shipped records gets every id suffixed `-g<k>` (and every reference to a copied record follows
 * it, so a copy's notes, replacements and cancellations point inside that copy), and every calendar date
 * shifted by a deterministic offset of up to ten years back, so copies overlap each other the way a long
 * tracker's records do. Actors, sources and scenario presets are shared, as in a real dataset that grows by
 * records rather than by new documents. The result passes the schema and the load-time integrity checks; its
 * quotes are the shipped ones, so it is not meant for the verbatim audit. Deterministic (seeded).
 *   npx tsx scripts/bench/generate-dataset.ts 10000      writes bench-results/realistic-10000.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../app/data/schema.ts';

/** The sizes the growth budgets are measured at (records across every collection). */
export const REALISTIC_SIZES = [1_000, 10_000, 50_000] as const;

/** The collections copied to grow the dataset; actors, sources and presets are shared by every copy. */
const GROWN = ['tariffMeasures', 'tradeMeasures', 'events', 'metrics', 'claims'] as const;
type Grown = (typeof GROWN)[number];

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `iso` moved by `days` calendar days (UTC). */
function shiftIsoDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Counts the records of a dataset (every collection that holds records). */
export function recordCount(d: Dataset): number {
  return d.actors.length + d.scenarios.length + GROWN.reduce((n, c) => n + (d[c] as unknown[]).length, 0);
}

/**
 * Deep-copies `value`, renaming every string that is a grown record's id and shifting every calendar date.
 * Generic over the record shapes, so fields added to the schema later (readings, terms) are copied too.
 */
function copyValue(value: unknown, ids: ReadonlySet<string>, suffix: string, shiftDays: number): unknown {
  if (typeof value === 'string') {
    if (ids.has(value)) return `${value}${suffix}`;
    if (ISO_DAY.test(value)) return shiftIsoDate(value, shiftDays);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => copyValue(v, ids, suffix, shiftDays));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyValue(v, ids, suffix, shiftDays);
    return out;
  }
  return value;
}

/** The shipped dataset grown to about `target` records (never fewer than the shipped ones). */
export function generateRealisticDataset(shipped: Dataset, target: number): Dataset {
  const random = rng(20251101 + target);
  const ids = new Set<string>();
  for (const c of GROWN) for (const r of shipped[c] as { id: string }[]) ids.add(r.id);
  const grown: Record<Grown, unknown[]> = {
    tariffMeasures: [...shipped.tariffMeasures],
    tradeMeasures: [...shipped.tradeMeasures],
    events: [...shipped.events],
    metrics: [...shipped.metrics],
    claims: [...shipped.claims],
  };
  const perCopy = ids.size;
  let total = recordCount(shipped);
  for (let k = 1; total < target; k++) {
    // Up to ten years back, whole days: copies overlap each other and the shipped story's years.
    const shiftDays = -Math.floor(random() * 3650) - 1;
    const suffix = `-g${k}`;
    const room = target - total;
    for (const c of GROWN) {
      for (const r of shipped[c] as unknown[]) {
        if (room < perCopy && random() > room / perCopy) continue;
        grown[c].push(copyValue(r, ids, suffix, shiftDays));
        total++;
      }
    }
    // References to records a partial last copy left out would not resolve: point them at the original.
    if (room < perCopy) repairDangling(grown, ids, suffix);
  }
  return {
    ...shipped,
    datasetVersion: `${shipped.datasetVersion.slice(0, 10)}.${target}`,
    title: `${shipped.title} (grown to ${target} realistic records for the benchmark)`,
    ...(grown as unknown as Pick<Dataset, Grown>),
  };
}

/** In the last, partial copy, a reference to a copied id that was not copied goes back to the shipped id. */
function repairDangling(grown: Record<Grown, unknown[]>, ids: ReadonlySet<string>, suffix: string): void {
  const present = new Set<string>();
  for (const c of GROWN) for (const r of grown[c] as { id: string }[]) present.add(r.id);
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.endsWith(suffix) && !present.has(v)) {
        const original = v.slice(0, -suffix.length);
        if (ids.has(original)) return original;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = k === 'id' ? x : fix(x);
      return out;
    }
    return v;
  };
  for (const c of GROWN) {
    grown[c] = grown[c].map((r) => ((r as { id: string }).id.endsWith(suffix) ? fix(r) : r));
  }
}

/** Generates and writes bench-results/realistic-<target>.json; returns its path. */
export function writeRealisticDataset(root: string, target: number): string {
  const shipped = JSON.parse(readFileSync(resolve(root, 'data/dataset.json'), 'utf8')) as Dataset;
  const out = resolve(root, `bench-results/realistic-${target}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateRealisticDataset(shipped, target)));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length ? sizes : REALISTIC_SIZES)
    console.log(`wrote ${writeRealisticDataset(root, n)}`);
}
