import type { ScenarioStep, TariffBasis } from '../data/schema.ts';
import { validateCustomStep } from './codec.ts';
import { completeDate, DATE_YEARS } from '../lib/dates.ts';

/** The custom-step editor's draft and its validation (pure): every message names the field it is about. */

export type Field = 'date' | 'imposerId' | 'targetId' | 'rate' | 'basis' | 'label';

export const FIELD_LABEL: Record<Field, string> = {
  date: 'Date',
  imposerId: 'Imposer',
  targetId: 'Target',
  rate: 'Rate',
  basis: 'Basis',
  label: 'Label',
};

export interface Draft {
  /** The complete date the field holds, '' when it holds none. */
  date: string;
  /** True while the date field holds a date still being typed (the field keeps it; `date` is then ''). */
  dateIncomplete?: boolean;
  imposerId: string;
  targetId: string;
  rate: string;
  basis: TariffBasis;
  label: string;
}

export const EMPTY_DRAFT: Draft = {
  date: '',
  imposerId: 'us',
  targetId: 'china',
  rate: '',
  basis: 'headline',
  label: '',
};

/** Checks a draft with the dataset's own step schema; every message names its field. */
export function checkDraft(d: Draft): { step: ScenarioStep | null; errors: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {};
  if (d.date === '' && !d.dateIncomplete) errors.date = 'Date: enter the date the rate takes effect.';
  else if (d.dateIncomplete || !completeDate(d.date))
    errors.date = `Date: enter a full date between ${DATE_YEARS.min} and ${DATE_YEARS.max}.`;
  const rate = Number(d.rate);
  if (d.rate.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1000)
    errors.rate = 'Rate: enter a rate in percent, from 0 to 1000.';
  if (d.label.trim() === '') errors.label = 'Label: describe the step in a few words.';
  if (d.imposerId === d.targetId) errors.targetId = 'Target: choose a different actor from the imposer.';
  const { dateIncomplete: _typing, ...fields } = d;
  const candidate = { ...fields, label: d.label.trim(), rate, n: 1 };
  const v = validateCustomStep(candidate);
  if (!v.ok) {
    for (const part of v.problems.split('; ')) {
      const [path, ...rest] = part.split(': ');
      const f = path as Field;
      if (f in FIELD_LABEL && !errors[f]) errors[f] = `${FIELD_LABEL[f]}: ${rest.join(': ') || 'invalid'}.`;
    }
  }
  if (Object.keys(errors).length > 0 || !v.ok) return { step: null, errors };
  const { n: _n, ...step } = v.step;
  return { step, errors };
}

/** Which of the user's steps takes focus when step `removed` is removed: the next one, else the one before,
 * else none (null: focus goes to the section), so a keyboard user keeps their place in the list. */
export function focusAfterRemoval(ns: readonly number[], removed: number): number | null {
  const i = ns.indexOf(removed);
  if (i < 0) return null;
  return ns[i + 1] ?? ns[i - 1] ?? null;
}
