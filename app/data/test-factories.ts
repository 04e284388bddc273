import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from './load-dataset.ts';
import type { Actor, Dataset, FuzzyDate, TariffMeasure, TradeMeasure } from './schema.ts';

function makeActor(id: string, name: string, shortName: string, quote: string): Actor {
  return {
    id,
    name,
    shortName,
    kind: 'country',
    aliases: [],
    evidence: [{ sourceId: 'src-a', quote }],
    notes: [],
  };
}

/** Small synthetic data for unit tests. */
export function day(iso: string, inferred = false): FuzzyDate {
  return inferred
    ? { start: iso, end: iso, precision: 'day', label: iso, inferred, reasoning: 'test' }
    : { start: iso, end: iso, precision: 'day', label: iso, inferred };
}

export function makeTariff(over: Partial<TariffMeasure> = {}): TariffMeasure {
  return {
    id: 'tm-a',
    imposerId: 'us',
    targetId: 'china',
    rate: 10,
    basis: 'headline',
    status: 'in-force',
    date: day('2025-05-01'),
    label: 'test rate',
    evidence: [{ sourceId: 'src-a', quote: 'a quote' }],
    notes: [],
    ...over,
  };
}

export function makeDataset(opts: { quote?: string; tariffs?: TariffMeasure[] } = {}): Dataset {
  const quote = opts.quote ?? 'a quote';
  return {
    schemaVersion: 1,
    datasetVersion: '2026-01-01',
    title: 'test',
    sources: [
      {
        id: 'src-a',
        file: 'a.txt',
        sha256: '0'.repeat(64),
        bytes: 1,
        title: 'A',
        published: day('2025-01-01'),
        kind: 'opinion',
        language: 'English',
        evidence: [],
        notes: [],
      },
    ],
    actors: [makeActor('us', 'United States', 'US', quote), makeActor('china', 'China', 'China', quote)],
    tariffMeasures: opts.tariffs ?? [makeTariff({ evidence: [{ sourceId: 'src-a', quote }] })],
    tradeMeasures: [],
    events: [],
    metrics: [],
    claims: [],
    scenarios: [],
    ambiguities: [],
  };
}

/** A scenario preset for unit tests (scenario engine). */
export function makePreset(
  over: Partial<import('./schema.ts').ScenarioPreset> = {},
): import('./schema.ts').ScenarioPreset {
  return {
    id: 'p-a',
    title: `Preset ${over.id ?? 'p-a'}`,
    rationale: 'why',
    steps: [
      { date: '2025-11-01', imposerId: 'us', targetId: 'china', rate: 100, basis: 'headline', label: 'step' },
    ],
    basedOnIds: [],
    evidence: [{ sourceId: 'src-a', quote: 'a quote' }],
    notes: [],
    ...over,
  };
}

/** A diplomatic event (meeting, round, call, cancellation…) for negotiation tests. */
export function makeEvent(
  over: Partial<import('./schema.ts').DiplomaticEvent> = {},
): import('./schema.ts').DiplomaticEvent {
  return {
    id: 'ev-a',
    kind: 'negotiation',
    status: 'held',
    title: 'test round',
    date: day('2025-05-01'),
    partyIds: ['us', 'china'],
    concessions: [],
    ratesBeforeIds: [],
    ratesAfterIds: [],
    relatedIds: [],
    evidence: [{ sourceId: 'src-a', quote: 'a quote' }],
    notes: [],
    ...over,
  };
}

/** A date span with the given precision (label is only for display in tests). */
export function span(
  start: string,
  end: string,
  precision: FuzzyDate['precision'] = 'part-of-month',
  label = `${start}..${end}`,
): FuzzyDate {
  return { start, end, precision, label, inferred: false };
}

export function makeTrade(over: Partial<TradeMeasure> = {}): TradeMeasure {
  return {
    id: 'xm-a',
    kind: 'sanction',
    imposerId: 'us',
    targetId: 'russia',
    sector: 'oil',
    title: 'test sanction',
    description: 'd',
    status: 'in-force',
    date: day('2025-01-10'),
    relatedIds: [],
    evidence: [{ sourceId: 'src-a', quote: 'a quote' }],
    notes: [],
    ...over,
  };
}

/** The shipped data/dataset.json, validated the way the app loads it (for tests that check real records). */
export function shippedDataset(): Dataset {
  const file = resolve(import.meta.dirname, '../../data/dataset.json');
  return parseDataset('data/dataset.json', readFileSync(file, 'utf8'));
}
