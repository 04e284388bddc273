import { BASIS_LABEL, formatIsoDate, formatPercent } from '../lib/format.ts';
import type { NameOf } from '../data/selectors.ts';
import type { StepPoint } from '../domain/step-series.ts';
import { findSeries, pointOn, type EngineOutput, type ScenarioResult, type SourcedStep } from './engine.ts';

/** Pure text and table rows for the scenarios view: what each scenario changes, against the documents. */

/** One change a scenario makes: on a date, a direction's rate goes from the documented one to the scenario's. */
export interface ScenarioChange {
  step: SourcedStep;
  /** The documented rate on that date (null when no documented rate applies yet). */
  documented: StepPoint | undefined;
  /** False when a same-date step of a later toggle or custom step overrode this one. */
  applied: boolean;
  overriddenBy?: SourcedStep;
}

/** Every step of a scenario, in date order, with the documented rate it replaces on its date. */
export function scenarioChanges(
  out: Pick<EngineOutput, 'baseline'>,
  result: ScenarioResult,
): ScenarioChange[] {
  return result.steps
    .map((step) => {
      const lost = result.overridden.find((o) => o.lost === step);
      const documented = pointOn(findSeries(out.baseline, step.step, 'actual'), step.step.date);
      return { step, documented, applied: !lost, ...(lost ? { overriddenBy: lost.wonBy } : {}) };
    })
    .sort(
      (a, b) =>
        a.step.step.date.localeCompare(b.step.step.date) || a.step.sourceId.localeCompare(b.step.sourceId),
    );
}

function changePhrase(c: ScenarioChange, name: NameOf): string {
  const s = c.step.step;
  const from = c.documented ? `documented ${formatPercent(c.documented.rate)}` : 'no documented rate';
  return `${name(s.imposerId)} on ${name(s.targetId)} ${BASIS_LABEL[s.basis].toLowerCase()} ${formatPercent(s.rate)} from ${formatIsoDate(s.date)} (${c.step.sourceLabel}; ${from})`;
}

/** The one-line summary under the chart. */
export function scenarioSummary(out: EngineOutput, name: NameOf): string {
  const applied = scenarioChanges(out, out.a).filter((c) => c.applied);
  if (applied.length === 0)
    return 'Documented rates only. Switch on a scenario or add a step to draw a scenario path beside them.';
  const shown = applied.slice(0, 3).map((c) => changePhrase(c, name));
  const more =
    applied.length > 3
      ? `; and ${applied.length - 3} more change${applied.length - 3 === 1 ? '' : 's'} (see the table)`
      : '';
  return `Scenario A, not documented fact: ${shown.join('; ')}${more}.`;
}

/** How Scenario B relates to Scenario A on a date: "higher in B", "lower in B", "same". */
export function compareWord(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined) return a === b ? 'same' : 'only one has a rate';
  if (a === b) return 'same';
  return b > a ? 'higher in B' : 'lower in B';
}

/** A label for the scenario a comparison side stands for. */
export function scenarioSideLabel(
  ids: readonly string[],
  customCount: number,
  titleOf: (id: string) => string,
): string {
  const parts = ids.map(titleOf);
  if (customCount) parts.push(`${customCount} custom step${customCount === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' + ') : 'no scenario (documented rates)';
}
