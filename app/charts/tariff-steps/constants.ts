import type { TariffBasis } from '../../data/schema.ts';
import { actorColor, BASIS_MARKER, SCENARIO_COLOR, STATUS_DASH } from '../../lib/palette.ts';
import type { SeriesKind, StepSeries } from '../../domain/step-series.ts';

/**
 * How each step series looks. Colour says who imposes the rate, the dash says what kind of path it is
 * (documented in force, threatened, proposed, scenario) and the marker says the basis, so no distinction
 * rests on colour alone.
 */

/** Colour per imposing actor, scenario paths in the scenario colour (lib/palette.ts, theme-aware). */
export function seriesColor(s: Pick<StepSeries, 'imposerId' | 'kind'>): string {
  return s.kind === 'scenario' ? SCENARIO_COLOR : actorColor(s.imposerId);
}

/** A scenario dash no documented status uses, so a what-if never looks like a fact. */
export const SCENARIO_DASH = '10 3 2 3 2 3';

export const KIND_DASH: Record<SeriesKind, string | undefined> = {
  actual: STATUS_DASH['in-force'],
  announced: STATUS_DASH.announced,
  threatened: STATUS_DASH.threatened,
  proposed: STATUS_DASH.proposed,
  scenario: SCENARIO_DASH,
};

export const KIND_LABEL: Record<SeriesKind, string> = {
  actual: 'documented (took effect)',
  announced: 'announced (not yet in effect)',
  threatened: 'threatened',
  proposed: 'proposed',
  scenario: 'scenario',
};

export function seriesDash(s: Pick<StepSeries, 'kind'>): string | undefined {
  return KIND_DASH[s.kind];
}

export function seriesMarker(basis: TariffBasis): 'circle' | 'square' | 'diamond' {
  return BASIS_MARKER[basis];
}

/** Left gutter shared by the step chart's Y axis and the events lane, so both use the same time scale. */
export const Y_AXIS_WIDTH = 52;
export const CHART_MARGIN = { top: 16, right: 24, bottom: 8, left: 4 } as const;
