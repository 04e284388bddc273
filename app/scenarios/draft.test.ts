import { describe, expect, it } from 'vitest';
import { checkDraft, EMPTY_DRAFT } from './draft.ts';

describe('custom step draft', () => {
  it('names every missing field', () => {
    const { step, errors } = checkDraft(EMPTY_DRAFT);
    expect(step).toBeNull();
    expect(errors.date).toMatch(/^Date:/);
    expect(errors.rate).toMatch(/^Rate:/);
    expect(errors.label).toMatch(/^Label:/);
  });

  it('names the field the schema rejects', () => {
    const r = checkDraft({ ...EMPTY_DRAFT, date: '2026-01-01', rate: '1200', label: 'x' });
    expect(r.step).toBeNull();
    expect(Object.keys(r.errors)).toEqual(['rate']);
    expect(r.errors.rate).toMatch(/^Rate:/);
  });

  it('refuses a step whose imposer is its target', () => {
    expect(
      checkDraft({ ...EMPTY_DRAFT, date: '2026-01-01', rate: '10', label: 'x', targetId: 'us' }).errors
        .targetId,
    ).toMatch(/^Target:/);
  });

  it('gives a valid step with a trimmed label and a numeric rate', () => {
    expect(checkDraft({ ...EMPTY_DRAFT, date: '2026-01-01', rate: '12.5', label: '  mine ' })).toEqual({
      step: {
        date: '2026-01-01',
        imposerId: 'us',
        targetId: 'china',
        rate: 12.5,
        basis: 'headline',
        label: 'mine',
      },
      errors: {},
    });
  });
});
