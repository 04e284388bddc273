import { describe, expect, it } from 'vitest';
import { checkDraft, EMPTY_DRAFT, focusAfterRemoval } from './draft.ts';

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

  it('says in plain words what a rate or date must be', () => {
    const r = checkDraft({ ...EMPTY_DRAFT, date: '0026-07-12', rate: '-5', label: 'x' });
    expect(r.errors.rate).toBe('Rate: enter a rate in percent, from 0 to 1000.');
    expect(r.errors.date).toBe('Date: enter a full date between 1900 and 2100.');
  });

  it('asks for a full date while the date field holds one still being typed', () => {
    const r = checkDraft({ ...EMPTY_DRAFT, date: '', dateIncomplete: true, rate: '5', label: 'x' });
    expect(r.step).toBeNull();
    expect(r.errors.date).toBe('Date: enter a full date between 1900 and 2100.');
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

describe('focusAfterRemoval', () => {
  it('moves to the next step, else the one before, else none', () => {
    expect(focusAfterRemoval([1, 3, 4], 3)).toBe(4);
    expect(focusAfterRemoval([1, 3, 4], 4)).toBe(3);
    expect(focusAfterRemoval([2], 2)).toBeNull();
  });
});
