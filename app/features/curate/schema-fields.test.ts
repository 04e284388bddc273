import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { claim, diplomaticEvent, metric, tariffMeasure, tradeMeasure } from '../../data/schema.ts';
import { fieldsOf, labelOf } from './schema-fields.ts';

const byKey = (s: z.ZodObject) => new Map(fieldsOf(s).map((f) => [f.key, f]));

describe('form fields generated from a record schema', () => {
  it('gives a tariff measure actor pickers, a number, enum selects with the schema options, a fuzzy date and notes', () => {
    const f = byKey(tariffMeasure);
    expect(f.get('imposerId')).toMatchObject({
      label: 'Imposer',
      required: true,
      kind: { type: 'actor', many: false },
    });
    expect(f.get('rate')).toMatchObject({
      label: 'Rate (%)',
      hint: 'Percent, as stated',
      kind: { type: 'number' },
    });
    expect(f.get('basis')?.kind).toEqual({ type: 'enum', options: ['headline', 'average', 'unspecified'] });
    expect(f.get('date')).toMatchObject({ required: true, kind: { type: 'fuzzy-date' } });
    expect(f.get('notes')).toMatchObject({ required: false, kind: { type: 'notes' } });
    expect(f.get('replacesId')).toMatchObject({ required: false, kind: { type: 'record-ids', many: false } });
    expect(f.get('turningPoint')).toMatchObject({ required: false, kind: { type: 'group' } });
  });

  it('leaves the id and the evidence to the form (generated id, the selected quote)', () => {
    expect(byKey(tariffMeasure).has('id')).toBe(false);
    expect(byKey(tariffMeasure).has('evidence')).toBe(false);
  });

  it('maps a field added to a schema without touching the form', () => {
    const extended = tariffMeasure.extend({
      reviewedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    });
    expect(byKey(extended).get('reviewedOn')).toMatchObject({
      label: 'Reviewed on',
      kind: { type: 'iso-date' },
    });
  });

  it('gives an event many parties from the actors list, and omits its nested concessions', () => {
    const f = byKey(diplomaticEvent);
    expect(f.get('partyIds')).toMatchObject({
      label: 'Parties',
      required: true,
      kind: { type: 'actor', many: true },
    });
    expect(f.get('relatedIds')?.kind).toEqual({ type: 'record-ids', many: true });
    expect(f.get('concessions')?.kind).toEqual({ type: 'omitted' });
    expect(f.get('outcome')?.kind).toEqual({ type: 'text', long: true });
  });

  it('starts an enum with a schema default on it; a sanction’s terms are a group with an end date', () => {
    expect(byKey(metric).get('comparator')?.kind).toMatchObject({ type: 'enum', defaultValue: '=' });
    expect(byKey(metric).get('period')?.kind).toEqual({ type: 'fuzzy-date' });
    const terms = byKey(tradeMeasure).get('terms');
    expect(terms?.kind.type === 'group' && terms.kind.fields.map((x) => [x.key, x.kind.type])).toEqual([
      ['description', 'text'],
      ['durationDays', 'number'],
      ['endsOn', 'iso-date'],
      ['reviewEveryDays', 'number'],
    ]);
    expect(byKey(claim).get('date')).toMatchObject({ required: false, kind: { type: 'fuzzy-date' } });
  });

  it('labels a key a user can read', () => {
    expect(labelOf('durationDays')).toBe('Duration days');
    expect(labelOf('targetId')).toBe('Target');
  });
});
