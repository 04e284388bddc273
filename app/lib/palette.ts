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

export type PaletteTheme = 'light' | 'dark' | 'contrast';
type Coloured = 'us' | 'china' | 'russia' | 'scenario';

/**
 * The actor colours of every chart, per theme: the two directions of a tariff war never share a colour, and
 * each meets contrast on its theme's surface. styles.css carries them as the custom properties --us, --china,
 * --russia and --scenario (a unit test fails when the two differ), so charts use the variables and follow the
 * theme.
 */
export const ACTOR_COLORS: Record<PaletteTheme, Record<Coloured, string>> = {
  light: { us: '#0072b2', china: '#d55e00', russia: '#a24f86', scenario: '#5b4bb7' },
  dark: { us: '#56b4e9', china: '#ff8c42', russia: '#e09ccb', scenario: '#b4a8ff' },
  contrast: { us: '#56b4e9', china: '#ffb000', russia: '#ff9de2', scenario: '#c9b8ff' },
};

const ACTOR_VAR: Record<string, string> = { us: 'var(--us)', china: 'var(--china)', russia: 'var(--russia)' };

/** Theme-aware colour of an actor (imposer or first party); actors without their own colour are muted. */
export function actorColor(id: string | undefined): string {
  return (id !== undefined ? ACTOR_VAR[id] : undefined) ?? 'var(--muted)';
}

/** Theme-aware colour of scenario (what-if) paths. */
export const SCENARIO_COLOR = 'var(--scenario)';

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
