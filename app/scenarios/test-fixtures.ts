import type { CustomStep } from './engine.ts';

/** A custom step whose label carries every character the link codec must escape (tests only). */
export const MY_STEP: CustomStep = {
  n: 3,
  date: '2026-01-15',
  imposerId: 'us',
  targetId: 'china',
  rate: 60,
  basis: 'headline',
  label: 'My step: 60% * 2_x & "quotes"',
};
