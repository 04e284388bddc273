import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/test-factories.ts';
import { validateDataset } from '../data/load-dataset.ts';
import type { Dataset, FuzzyDate } from '../data/schema.ts';
import { decodeFlatCsv, encodeFlatCsv, flatCsvReadme, type CsvTable } from './flat-csv.ts';
import { parseCsv, readFlatFiles, flatCsvZip } from './flat-files.ts';
import { mergeDatasets } from './merge.ts';

const shipped = shippedDataset();

async function tablesOf(data: Dataset): Promise<CsvTable[]> {
  const out: CsvTable[] = [];
  for (const f of encodeFlatCsv(data)) {
    const t = await parseCsv(f.name, f.text);
    if (Array.isArray(t)) throw new Error(t.join('\n'));
    out.push(t);
  }
  return out;
}

async function roundTrip(data: Dataset): Promise<Dataset> {
  const back = decodeFlatCsv(await tablesOf(data));
  if (!back.ok) throw new Error(back.problems.slice(0, 5).join('\n'));
  return back.dataset;
}

const file = (tables: CsvTable[], name: string) => tables.find((t) => t.file === name)!;

describe('flat CSVs of the dataset', () => {
  it('the shipped dataset comes back identical, so a round trip shows no record as changed', async () => {
    const back = await roundTrip(shipped);
    expect(back).toEqual(shipped);
    expect(JSON.stringify(back)).toBe(JSON.stringify(shipped));
    expect(mergeDatasets(shipped, back).conflicts).toEqual([]);
  });

  it('writes one file per collection, header first, dates and quotes in their own columns', async () => {
    const tables = await tablesOf(shipped);
    expect(tables.map((t) => t.file)).toEqual([
      'dataset.csv',
      'sources.csv',
      'actors.csv',
      'tariff-measures.csv',
      'trade-measures.csv',
      'events.csv',
      'metrics.csv',
      'claims.csv',
      'scenarios.csv',
      'ambiguities.csv',
      'readings.csv',
    ]);
    const [head, ...rows] = file(tables, 'tariff-measures.csv').rows.filter((r) => r.some(Boolean));
    expect(head).toEqual(
      expect.arrayContaining(['id', 'rate', 'date_start', 'date_end', 'date_precision', 'date_inferred']),
    );
    expect(head).toEqual(expect.arrayContaining(['quote_1_source', 'quote_1', 'note_1_kind', 'note_1_text']));
    expect(rows).toHaveLength(shipped.tariffMeasures.length);
    const t = shipped.tariffMeasures[0]!;
    const row = rows.find((r) => r[head!.indexOf('id')] === t.id)!;
    expect(row[head!.indexOf('rate')]).toBe(String(t.rate));
    expect(row[head!.indexOf('date_start')]).toBe(t.date.start);
    expect(row[head!.indexOf('quote_1')]).toBe(t.evidence[0]!.quote);
  });

  it('README.txt documents every column the files have', async () => {
    const readme = flatCsvReadme(shipped);
    const tables = await tablesOf(shipped);
    for (const t of tables) {
      expect(readme).toContain(t.file);
      for (const col of t.rows[0]!) {
        const generic = col.replace(/_(\d+)(?=_|$)/g, '_N');
        expect(readme, `${t.file} ${col}`).toMatch(new RegExp(`\\b${generic}(_…|:)`));
      }
    }
  });

  it('a bad cell is located by file, spreadsheet row and column', async () => {
    const tables = await tablesOf(shipped);
    const t = file(tables, 'tariff-measures.csv');
    const rate = t.rows[0]!.indexOf('rate');
    t.rows[1]![rate] = 'abc';
    const start = t.rows[0]!.indexOf('date_start');
    t.rows[2]![start] = '2025-02-30';
    const r = decodeFlatCsv(tables);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain('tariff-measures.csv row 2, column rate: expected a number, got "abc"');
    // Schema problems are said in the same terms.
    const again = decodeFlatCsv(
      tables.map((x) =>
        x === t ? { ...t, rows: t.rows.map((row, i) => (i === 1 ? row.with(rate, '5') : row)) } : x,
      ),
    );
    expect(again.ok || again.problems).toContain(
      'tariff-measures.csv row 3, column date_start: not a real calendar date',
    );
  });

  it('one collection’s file is added to the loaded data: new ids added, known ids replaced', async () => {
    const t = file(await tablesOf(shipped), 'tariff-measures.csv');
    const id = t.rows[0]!.indexOf('id');
    const rate = t.rows[0]!.indexOf('rate');
    const added = t.rows[1]!.with(id, 'tm-from-a-spreadsheet').with(rate, '77');
    const changed = t.rows[2]!.with(rate, '99');
    const r = decodeFlatCsv(
      [{ file: 'Tariff-Measures (1).csv', rows: [t.rows[0]!, added, changed] }],
      shipped,
    );
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.dataset.tariffMeasures).toHaveLength(shipped.tariffMeasures.length + 1);
    expect(r.dataset.tariffMeasures.at(-1)).toMatchObject({ id: 'tm-from-a-spreadsheet', rate: 77 });
    expect(r.dataset.tariffMeasures[1]!.rate).toBe(99);
    expect(r.dataset.events).toEqual(shipped.events);
  });

  it('refuses what it cannot read rather than dropping it: unknown columns and files, a partial full set', async () => {
    const tables = await tablesOf(shipped);
    const ev = file(tables, 'events.csv');
    ev.rows[0]![0] = 'my_comment';
    const r = decodeFlatCsv(
      tables.filter((t) => t.file !== 'metrics.csv').concat({ file: 'x.csv', rows: [] }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        'events.csv, column my_comment: not a column of events.csv (README.txt lists them)',
        'metrics.csv is missing: a full set (with dataset.csv) has every collection\u2019s file'.replace(
          '\u2019',
          "'",
        ),
        expect.stringMatching(/^x\.csv: not one of the dashboard's flat CSV files/),
      ]),
    );
  });

  it('the zip holds README.txt and every CSV, and reads back to the same dataset', async () => {
    const zip = new Uint8Array(await (await flatCsvZip(shipped)).arrayBuffer());
    const read = await readFlatFiles([{ name: 'dataset.zip', bytes: zip }]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.tables).toHaveLength(11);
    const back = decodeFlatCsv(read.tables);
    expect(back.ok && back.dataset).toEqual(shipped);
  });
});

// ---- random valid records ----

const txt = (min: number, max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: min, maxLength: max })
    .filter((s) => s.length >= min && s.length <= max);
const iso = fc
  .integer({ min: 0, max: 20000 })
  .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 864e5).toISOString().slice(0, 10));
const fuzzy: fc.Arbitrary<FuzzyDate> = fc
  .record({
    a: iso,
    b: iso,
    precision: fc.constantFrom('day', 'month', 'season', 'year' as const),
    label: txt(1, 80),
    inferred: fc.boolean(),
    reasoning: fc.option(txt(1, 600), { nil: undefined }),
  })
  .map(({ a, b, inferred, reasoning, ...rest }) => {
    const d: FuzzyDate = { start: a < b ? a : b, end: a < b ? b : a, inferred, ...rest };
    const why = inferred ? (reasoning ?? 'because') : reasoning;
    return why === undefined ? d : { ...d, reasoning: why };
  });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const num = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const rate = fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const actorIds = shipped.actors.map((a) => a.id);
const actorId = fc.constantFrom(...actorIds);
const evidenceArb = fc.array(
  fc.record({ sourceId: fc.constantFrom(...shipped.sources.map((s) => s.id)), quote: txt(3, 300) }),
  { minLength: 1, maxLength: 4 },
);
const notesArb = fc.array(
  fc.record(
    {
      kind: fc.constantFrom('inferred', 'ambiguous', 'conflict', 'context', 'outside' as const),
      text: txt(3, 800),
      relatedIds: fc.array(actorId, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['kind', 'text'] },
  ),
  { maxLength: 3 },
);
/** Drops keys whose value is undefined, as a parsed dataset has none. */
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const records = fc.record({
  tariffs: fc.array(
    fc.record({
      imposerId: actorId,
      targetId: actorId,
      rate,
      basis: fc.constantFrom('headline', 'average', 'unspecified' as const),
      status: fc.constantFrom('threatened', 'in-force', 'lifted' as const),
      date: fuzzy,
      label: txt(1, 120),
      evidence: evidenceArb,
      notes: notesArb,
    }),
    { maxLength: 4 },
  ),
  actors: fc.array(
    fc.record({
      name: txt(1, 40),
      shortName: txt(1, 12),
      kind: fc.constantFrom('country', 'person' as const),
      role: opt(txt(1, 40)),
      aliases: fc.array(txt(1, 30), { maxLength: 4 }),
      evidence: evidenceArb,
      notes: notesArb,
    }),
    { maxLength: 3 },
  ),
  trade: fc.array(
    fc.record({
      kind: fc.constantFrom('sanction', 'export-control' as const),
      imposerId: actorId,
      targetId: actorId,
      sector: txt(1, 80),
      title: txt(1, 120),
      description: txt(1, 500),
      status: fc.constantFrom('announced', 'suspended' as const),
      date: fuzzy,
      terms: opt(
        fc.record(
          {
            description: txt(1, 300),
            durationDays: fc.integer({ min: 1, max: 999 }),
            endsOn: iso,
            reviewEveryDays: fc.integer({ min: 1, max: 999 }),
          },
          { requiredKeys: ['description'] },
        ),
      ),
      relatedIds: fc.array(actorId, { maxLength: 2 }),
      evidence: evidenceArb,
      notes: notesArb,
    }),
    { maxLength: 3 },
  ),
  events: fc.array(
    fc.record({
      kind: fc.constantFrom('meeting', 'call' as const),
      status: fc.constantFrom('held', 'planned' as const),
      title: txt(1, 120),
      date: fuzzy,
      partyIds: fc.array(actorId, { minLength: 1, maxLength: 3 }),
      venue: opt(txt(1, 40)),
      durationDays: opt(fc.double({ min: 0.5, max: 30, noNaN: true })),
      outcome: opt(txt(1, 500)),
      concessions: fc.array(
        fc.record({
          actorId,
          gave: fc.array(txt(1, 200), { maxLength: 3 }),
          obtained: fc.array(txt(1, 200), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
      heldUntil: opt(txt(1, 300)),
      evidence: evidenceArb,
      notes: notesArb,
    }),
    { maxLength: 3 },
  ),
  metrics: fc.array(
    fc.record({
      label: txt(1, 120),
      value: num,
      unit: fc.constantFrom('usd', 'percent' as const),
      comparator: fc.constantFrom('=', '<', '>', '≈' as const),
      period: fuzzy,
      measures: txt(1, 300),
      subjectIds: fc.array(actorId, { minLength: 1, maxLength: 2 }),
      series: opt(txt(1, 30)),
      evidence: evidenceArb,
      notes: notesArb,
    }),
    { maxLength: 3 },
  ),
  claims: fc.array(
    fc.record({
      kind: fc.constantFrom('assessment', 'forecast' as const),
      claimant: txt(1, 60),
      text: txt(1, 400),
      aboutIds: fc.array(actorId, { maxLength: 2 }),
      date: opt(fuzzy),
      evidence: evidenceArb,
      notes: notesArb,
    }),
    { maxLength: 3 },
  ),
});

describe('flat CSVs of random valid records', () => {
  it('dataset → CSVs → dataset is identical', async () => {
    await fc.assert(
      fc.asyncProperty(records, async (r) => {
        const withIds = <T extends object>(prefix: string, list: T[]) =>
          list.map((x, i) => clean({ id: `${prefix}-${i}`, ...x }));
        const data = validateDataset('generated', {
          ...shipped,
          actors: [...shipped.actors, ...withIds('gen-actor', r.actors)],
          tariffMeasures: [...shipped.tariffMeasures, ...withIds('gen-tm', r.tariffs)],
          tradeMeasures: [
            ...shipped.tradeMeasures,
            ...withIds('gen-xm', r.trade).map((x) => clean({ ...x, terms: x.terms && clean(x.terms) })),
          ],
          events: [...shipped.events, ...withIds('gen-ev', r.events)],
          metrics: [...shipped.metrics, ...withIds('gen-m', r.metrics)],
          claims: [...shipped.claims, ...withIds('gen-c', r.claims)],
        });
        expect(await roundTrip(data)).toEqual(data);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
