/**
 * Writes bench-results/generated-dataset.json: the shipped dataset plus synthetic records, to 10,000 events and
 * 100,000 tariff-measure points across several directions and bases. It is valid against the schema and the
 * load-time integrity checks (ids unique, references resolve); its quotes are synthetic, which is fine because
 * the verbatim-quote audit only runs on the shipped file. Deterministic (seeded), so runs are comparable.
 *   npx tsx scripts/bench/generate-dataset.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, DiplomaticEvent, TariffMeasure } from '../../app/data/schema.ts';

export const GENERATED_EVENTS = 10_000;
export const GENERATED_POINTS = 100_000;

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Directions × bases the synthetic points are spread over (the presets touch us>china headline). */
const DIRECTIONS: [string, string, TariffMeasure['basis']][] = [
  ['us', 'china', 'headline'],
  ['china', 'us', 'headline'],
  ['us', 'china', 'average'],
  ['china', 'us', 'average'],
  ['us', 'india', 'headline'],
];

export function generateDataset(shipped: Dataset): Dataset {
  const random = rng(20251101);
  const source = shipped.sources[0]!.id;
  const evidence = (n: string) => [{ sourceId: source, quote: `Synthetic benchmark record ${n}` }];
  const tariffs: TariffMeasure[] = [...shipped.tariffMeasures];
  const perDirection = Math.ceil((GENERATED_POINTS - shipped.tariffMeasures.length) / DIRECTIONS.length);
  // Daily points ending before the shipped data starts, so the documented 2025 story stays on top.
  const start = Date.UTC(1970, 0, 1);
  DIRECTIONS.forEach(([imposerId, targetId, basis], d) => {
    let rate = 10 + d * 5;
    for (let i = 0; i < perDirection && tariffs.length < GENERATED_POINTS; i++) {
      rate = Math.max(0, Math.min(300, Math.round(rate + (random() - 0.5) * 8)));
      const date = iso(start + i * DAY);
      tariffs.push({
        id: `gen-tm-${d}-${i}`,
        imposerId,
        targetId,
        rate,
        basis,
        status: 'in-force',
        date: { start: date, end: date, precision: 'day', label: date, inferred: false },
        label: `Synthetic rate ${d}-${i}`,
        evidence: evidence(`tm-${d}-${i}`),
        notes: [],
      });
    }
  });
  const events: DiplomaticEvent[] = [...shipped.events];
  for (let i = 0; events.length < GENERATED_EVENTS; i++) {
    const date = iso(start + Math.floor(random() * 20_000) * DAY);
    events.push({
      id: `gen-ev-${i}`,
      kind: 'meeting',
      status: 'held',
      title: `Synthetic meeting ${i}`,
      date: { start: date, end: date, precision: 'day', label: date, inferred: false },
      partyIds: ['us', 'china'],
      concessions: [],
      ratesBeforeIds: [],
      ratesAfterIds: [],
      relatedIds: [],
      evidence: evidence(`ev-${i}`),
      notes: [],
    });
  }
  return {
    ...shipped,
    datasetVersion: `${shipped.datasetVersion.slice(0, 10)}.9`,
    title: `${shipped.title} (generated for the benchmark)`,
    tariffMeasures: tariffs,
    events,
  };
}

/** Generates and writes the file; returns its path. */
export function writeGeneratedDataset(root: string): string {
  const shipped = JSON.parse(readFileSync(resolve(root, 'data/dataset.json'), 'utf8')) as Dataset;
  const out = resolve(root, 'bench-results/generated-dataset.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateDataset(shipped)));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  console.log(`wrote ${writeGeneratedDataset(root)}`);
}
