import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../data/quote-check.ts';
import {
  addToWorkspace,
  buildAmbiguity,
  buildRecord,
  emptyReadings,
  readingFieldsOf,
  candidateOf,
  emptyDraft,
  kindOfCollection,
  newSource,
  type DateDraft,
  type Draft,
} from './new-record.ts';
import { fieldsOf } from './schema-fields.ts';
import { shippedDataset } from '../../data/test-factories.ts';

const text = 'From 1 December the United States will charge 77% on every import. Talks were held in Geneva.';
const quote = 'the United States will charge 77%';
const day = (start: string | null, more: Partial<DateDraft> = {}): DateDraft => ({
  start,
  end: null,
  precision: 'day',
  label: '',
  inferred: false,
  reasoning: '',
  ...more,
});
const draftFor = (collection: Parameters<typeof kindOfCollection>[0], values: Draft): Draft => ({
  ...emptyDraft(fieldsOf(kindOfCollection(collection).schema)),
  ...values,
});
const tariff = draftFor('tariffMeasures', {
  imposerId: 'us',
  targetId: 'china',
  rate: '77',
  basis: 'headline',
  status: 'announced',
  date: day('2025-12-01'),
  label: 'US on China: 77% (announced)',
});

describe('a record from a selection', () => {
  it('checks the quote verbatim, forgiving only quote marks and white space', () => {
    expect(isVerbatim(text, 'United  States will\ncharge 77%')).toBe(true);
    expect(isVerbatim(text, 'United States will charge 78%')).toBe(false);
  });

  it('builds a valid tariff measure, its date labelled from its day when no label is typed', () => {
    const r = buildRecord('tariffMeasures', tariff, quote, 'tm-new', 'doc-000', text);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.record).toMatchObject({
      rate: 77,
      date: { start: '2025-12-01', end: '2025-12-01', label: '1 Dec 2025' },
    });
    expect(r.record.evidence).toEqual([{ sourceId: 'doc-000', quote }]);
  });

  it('reports problems by field with the schema’s messages: a rate that is no number, a missing date, a quote not in the document', () => {
    const r = buildRecord(
      'tariffMeasures',
      { ...tariff, rate: 'abc', date: day(null) },
      'the United States will charge 78%',
      'tm-new',
      'doc-000',
      text,
    );
    if (r.ok) throw new Error('should fail');
    expect(Object.keys(r.issues).sort()).toEqual(['date', 'quote', 'rate']);
    expect(r.issues.rate![0]).toMatch(/expected number/);
    expect(r.issues.quote).toContain('not verbatim in this document');
  });

  it('asks for the reasoning of an inferred date, and for an end not before the start, at the date’s sub-field', () => {
    const r = buildRecord(
      'tariffMeasures',
      { ...tariff, date: day('2025-12-05', { end: '2025-12-01', inferred: true }) },
      quote,
      'tm-new',
      'doc-000',
      text,
    );
    if (r.ok) throw new Error('should fail');
    expect(r.issues['date.end']).toEqual(['end is before start']);
    expect(r.issues['date.reasoning']).toEqual(['an inferred date needs its reasoning']);
  });

  it('builds an event with its parties, a sanction with its terms, a metric and a claim', () => {
    const ev = buildRecord(
      'events',
      draftFor('events', {
        kind: 'negotiation',
        status: 'held',
        title: 'Geneva talks',
        date: day('2025-05-10', { end: '2025-05-11', precision: 'days' }),
        partyIds: ['us', 'china'],
        notes: [{ kind: 'context', text: 'Two days of talks.' }],
      }),
      'Talks were held in Geneva',
      'ev-new',
      'doc-000',
      text,
    );
    expect(ev.ok && ev.record).toMatchObject({
      partyIds: ['us', 'china'],
      concessions: [],
      notes: [{ kind: 'context' }],
    });
    const trade = buildRecord(
      'tradeMeasures',
      draftFor('tradeMeasures', {
        kind: 'export-control',
        imposerId: 'us',
        targetId: 'china',
        sector: 'chips',
        title: 'Chip controls',
        description: 'Controls on chips',
        status: 'in-force',
        date: day('2025-12-01'),
        terms: { description: 'For a year', durationDays: '365', endsOn: null, reviewEveryDays: '' },
      }),
      quote,
      'tr-new',
      'doc-000',
      text,
    );
    expect(trade.ok && trade.record).toMatchObject({
      terms: { description: 'For a year', durationDays: 365 },
    });
    const noTerms = candidateOf(fieldsOf(kindOfCollection('tradeMeasures').schema), {
      ...emptyDraft(fieldsOf(kindOfCollection('tradeMeasures').schema)),
    });
    expect('terms' in noTerms).toBe(false);
    const m = buildRecord(
      'metrics',
      draftFor('metrics', {
        label: 'Rate',
        value: '77',
        unit: 'percent',
        period: day('2025-12-01'),
        measures: 'the US rate',
        subjectIds: ['us'],
      }),
      quote,
      'm-new',
      'doc-000',
      text,
    );
    expect(m.ok && m.record).toMatchObject({ value: 77, comparator: '=' });
    const c = buildRecord(
      'claims',
      draftFor('claims', { kind: 'statement', claimant: 'The author', text: 'The US will charge 77%.' }),
      quote,
      'c-new',
      'doc-000',
      text,
    );
    expect(c.ok && c.record).toMatchObject({ claimant: 'The author', aboutIds: [] });
    expect(c.ok && 'date' in c.record).toBe(false);
  });

  it('says an event needs its parties and the target is not the imposer', () => {
    const ev = buildRecord(
      'events',
      draftFor('events', { kind: 'call', status: 'held', title: 'Call', date: day('2025-01-01') }),
      quote,
      'ev-x',
      'doc-000',
      text,
    );
    expect(!ev.ok && Object.keys(ev.issues)).toEqual(['partyIds']);
    const tm = buildRecord('tariffMeasures', { ...tariff, targetId: 'us' }, quote, 'tm-x', 'doc-000', text);
    expect(!tm.ok && tm.issues.targetId).toEqual(['the target is not the imposer']);
  });

  it('adds the record, and a new source for an unmatched document, to a workspace that passes the checks', () => {
    const base = shippedDataset();
    const doc = { name: 'new.txt', text, sha256: 'a'.repeat(64), bytes: text.length };
    const src = newSource(doc, 'A new article', 'src-new', '2025-12-01');
    const r = buildRecord('tariffMeasures', tariff, quote, 'tm-new', src.id, text);
    if (!r.ok) throw new Error('draft should be valid');
    const next = addToWorkspace(base, 'tariffMeasures', r.record, src);
    expect(next.tariffMeasures.at(-1)?.id).toBe('tm-new');
    expect(next.sources.at(-1)?.sha256).toBe(doc.sha256);
    expect(() => addToWorkspace(base, 'tariffMeasures', { ...r.record, imposerId: 'nobody' })).toThrow(
      /nobody/,
    );
  });

  it('offers readings of the fields a reading can set for the collection, none for an event', () => {
    expect(readingFieldsOf('tariffMeasures')).toEqual(['rate', 'basis', 'imposerId', 'targetId', 'status']);
    expect(readingFieldsOf('claims')).toEqual(['claimant']);
    expect(readingFieldsOf('events')).toEqual([]);
  });

  it('makes readings of the quote an ambiguity whose readings set the record’s field; the record keeps one of their values', () => {
    const r = buildRecord('tariffMeasures', tariff, quote, 'tm-new', 'doc-000', text);
    if (!r.ok) throw new Error('draft should be valid');
    expect(buildAmbiguity(emptyReadings('tariffMeasures'), r.record, quote, 'doc-000', 'amb-new')).toEqual({
      ok: true,
      ambiguity: undefined,
    });
    const draft = {
      title: 'Which rate the US charges',
      field: 'rate',
      readings: [
        { label: '77%', reasoning: 'The figure as written.', value: '77' },
        { label: '7.7%', reasoning: 'A misplaced decimal point.', value: '7.7' },
      ],
    };
    const a = buildAmbiguity(draft, r.record, quote, 'doc-000', 'amb-new');
    if (!a.ok || !a.ambiguity) throw new Error(JSON.stringify(a));
    expect(a.ambiguity.readings.map((x) => [x.id, x.values])).toEqual([
      ['a', [{ recordId: 'tm-new', rate: 77 }]],
      ['b', [{ recordId: 'tm-new', rate: 7.7 }]],
    ]);
    const next = addToWorkspace(shippedDataset(), 'tariffMeasures', r.record, undefined, a.ambiguity);
    expect(next.ambiguities.at(-1)?.id).toBe('amb-new');

    const bad = buildAmbiguity(
      {
        ...draft,
        readings: [
          { ...draft.readings[0]!, value: '70' },
          { ...draft.readings[1]!, label: '' },
        ],
      },
      r.record,
      quote,
      'doc-000',
      'amb-new',
    );
    expect(!bad.ok && Object.keys(bad.issues)).toEqual(['ambiguity.readings.1.label']);
    const notOwn = buildAmbiguity(
      { ...draft, readings: [{ ...draft.readings[0]!, value: '70' }, draft.readings[1]!] },
      r.record,
      quote,
      'doc-000',
      'amb-new',
    );
    expect(!notOwn.ok && notOwn.issues['ambiguity.field']).toEqual([
      "the record's own rate (77) is not the value of any reading",
    ]);
  });
});
