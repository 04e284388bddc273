import type { FuzzyDate } from '../../data/schema.ts';
import type { NameOf } from '../../data/selectors.ts';
import { rateText } from '../../domain/readings.ts';
import {
  BASIS_LABEL,
  formatFuzzyDate,
  formatIsoDate,
  formatSpanRange,
  formatSpanWithYear,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { timeToIso } from '../../lib/dates.ts';
import type { StepPoint, StepSeries } from '../../domain/step-series.ts';
import { KIND_LABEL } from './constants.ts';

/** Pure text for the step chart's legend, tooltips and accessible names. */

/**
 * "one of 57 changes in 3–9 Jan 2025, too close to draw apart": said of a mark that stands for a
 * pixel column's changes (`StepPoint.merged`, set by fitToPixels); null for a mark that stands for itself.
 */
export function mergedText(p: StepPoint): string | null {
  if (!p.merged) return null;
  const [start, end] = [timeToIso(p.merged.start), timeToIso(p.merged.end)];
  const when = start === end ? `on ${formatIsoDate(start)}` : `in ${formatSpanWithYear(start, end)}`;
  return `one of ${p.merged.count} changes ${when}, too close to draw apart (the table lists each)`;
}

/** "US on China" */
export function directionLabel(s: Pick<StepSeries, 'imposerId' | 'targetId'>, name: NameOf): string {
  return `${name(s.imposerId)} on ${name(s.targetId)}`;
}

/** Legend text: "US on China · Headline rate · threatened", or for a scenario `describe(s)` ("Scenario A — …"),
 * prefixed "Scenario: " unless it already starts with "Scenario", so a what-if line is always named as one. */
export function seriesLabel(s: StepSeries, name: NameOf, describe?: (s: StepSeries) => string): string {
  if (s.kind === 'scenario') {
    const text = describe ? describe(s) : `${directionLabel(s, name)}, ${BASIS_LABEL[s.basis].toLowerCase()}`;
    return /^Scenario\b/.test(text) ? text : `Scenario: ${text}`;
  }
  return `${directionLabel(s, name)} · ${BASIS_LABEL[s.basis]} · ${KIND_LABEL[s.kind]}`;
}

/** The date of a point as the user should read it: the curator's label (with "inferred"), plus the span it covers. */
export function pointDateText(p: StepPoint, date: FuzzyDate | undefined): string {
  if (date) {
    const label = formatFuzzyDate(date);
    return p.span ? `${label}: ${formatSpanRange(date.start, date.end)}` : label;
  }
  if (p.span)
    return `${formatSpanRange(timeToIso(p.span.start), timeToIso(p.span.end))} (${p.span.precision})`;
  return formatIsoDate(timeToIso(p.t));
}

/** Accessible name of a chart point (`hasSource` false for a user's own step, which has none): "145%, US on China, headline rate, in force, spring 2025 (inferred): Mar–May — open source". */
export function pointAriaLabel(
  p: StepPoint,
  s: StepSeries,
  name: NameOf,
  date: FuzzyDate | undefined,
  hasSource = true,
  yours = false,
): string {
  const parts = [
    rateText(p.rate, p.rates),
    directionLabel(s, name),
    BASIS_LABEL[s.basis].toLowerCase(),
    s.kind === 'scenario'
      ? `scenario from ${p.scenario?.label ?? 'a scenario'}`
      : STATUS_LABEL[p.status].toLowerCase(),
    pointDateText(p, date),
  ];
  if (p.ambiguous) parts.push('ambiguous in the document');
  const merged = mergedText(p);
  if (merged) parts.push(merged);
  if (yours) parts.push('yours (from your workspace)');
  // A step the user made has no source to open; its name must not promise one.
  return `${parts.join(', ')} — ${hasSource ? 'open source' : 'your own step, no source'}`;
}
