import type { MeasureStatus, TariffBasis } from '../data/schema.ts';

/**
 * One typed, colour-blind-safe palette (Okabe–Ito). Status and basis are always shown by line style or
 * marker shape too, never by colour alone.
 */
export const PALETTE = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#6B7280',
} as const;

/** Colour per imposing actor: the two directions of a tariff war must never share a colour. */
export const ACTOR_COLOR: Record<string, string> = {
  us: PALETTE.blue,
  china: PALETTE.vermillion,
  russia: PALETTE.purple,
  india: PALETTE.green,
  eu: PALETTE.sky,
};

export function actorColor(id: string): string {
  return ACTOR_COLOR[id] ?? PALETTE.grey;
}

/** Stroke dash per status: solid in force, dashed threatened/announced, dotted proposed. */
export const STATUS_DASH: Record<MeasureStatus, string | undefined> = {
  'in-force': undefined,
  threatened: '8 5',
  announced: '8 5',
  proposed: '2 4',
  suspended: '12 4 2 4',
  lifted: '1 6',
  expired: '1 6',
};

/** Marker per basis, so incomparable measures stay distinguishable in greyscale too. */
export const BASIS_MARKER: Record<TariffBasis, 'circle' | 'square' | 'diamond'> = {
  headline: 'circle',
  average: 'square',
  unspecified: 'diamond',
};
