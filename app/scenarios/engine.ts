import type { Dataset, ScenarioPreset, ScenarioStep, TariffBasis } from '../data/schema.ts';
import {
  documentedSeries,
  rateAt,
  seriesKey,
  type StepPoint,
  type StepSeries,
} from '../domain/step-series.ts';
import { addDays, isoToTime } from '../lib/dates.ts';
import { directionBasisKey } from '../lib/direction.ts';

/**
 * The scenario engine. Pure: dataset + active preset ids + custom steps → the documented (baseline) series
 * and one composed scenario path per direction and basis a scenario touches. Nothing else computes scenarios.
 *
 * Composition rule (deterministic, documented in the README and the view):
 * 1. Steps are collected from the active presets in DATASET order (never toggle order), then custom steps in
 *    the order the user added them. So toggling presets on in any order gives the same result.
 * 2. A scenario path for a direction+basis starts from the documented actual path of that direction+basis
 *    (in force / announced / suspended / lifted / expired rates) and applies each step from its date. A step
 *    holds until the next change on that path, documented or scenario.
 * 3. Two steps on the same direction, basis and date conflict: the one collected last wins (a later preset in
 *    dataset order beats an earlier one; custom steps beat presets; a later custom step beats an earlier one).
 *    A scenario step on the same date as a documented change wins over the documented one.
 * Steps on different directions, bases or dates commute.
 */

/** A user-made step. `n` is stable for the step's lifetime and names it ("custom:<n>"). */
export interface CustomStep extends ScenarioStep {
  n: number;
}

/** A step with what produced it, in the order of the composition rule. */
export interface SourcedStep {
  step: ScenarioStep;
  /** Preset id, or "custom:<n>". */
  sourceId: string;
  /** What the tooltip and table say produced it: the preset title or "Custom step <n>: <label>". */
  sourceLabel: string;
  /** The dataset record behind it (preset id) or null for a custom step. */
  recordId: string | null;
}

/** A step that lost a same-date conflict, and the step that beat it (shown to the user, never silent). */
export interface OverriddenStep {
  lost: SourcedStep;
  wonBy: SourcedStep;
}

export interface ScenarioResult {
  /** Every step that shapes the scenario, in composition order. */
  steps: SourcedStep[];
  overridden: OverriddenStep[];
  /** One series per direction+basis the scenario touches (kind "scenario"). */
  series: StepSeries[];
}

export interface EngineInput {
  dataset: Dataset;
  /** Scenario A: the active preset ids (order ignored; unknown ids ignored; url-sync drops them from links with a notice). */
  active: readonly string[];
  customSteps: readonly CustomStep[];
  /** Scenario B for side-by-side comparison: a set of preset ids, or null for none. */
  comparison: readonly string[] | null;
}

export interface EngineOutput {
  /** Start and end of the time axis (epoch ms). Depends on the dataset, every preset and the custom steps,
   * never on which toggles are on, so toggling does not move the axis. */
  domain: [number, number];
  /** The documented series, exactly as buildTariffSeries gives them. */
  baseline: StepSeries[];
  a: ScenarioResult;
  b: ScenarioResult | null;
}

export const SCENARIO_A = 'scenario-a';
export const SCENARIO_B = 'scenario-b';

/** The source id of a custom step. */
export function customSourceId(n: number): string {
  return `custom:${n}`;
}

// Per-dataset caches: a toggle must not rebuild what does not depend on it (the 10,000-event benchmark).
const datasetRange = new WeakMap<Dataset, [string, string] | null>();
const baselineCache = new WeakMap<Dataset, Map<number, StepSeries[]>>();
const lastDomain = new WeakMap<Dataset, [number, number]>();

function rangeOf(dataset: Dataset): [string, string] | null {
  if (datasetRange.has(dataset)) return datasetRange.get(dataset)!;
  let range: [string, string] | null = null;
  const see = (d: string) => {
    if (!range) range = [d, d];
    else if (d < range[0]) range[0] = d;
    else if (d > range[1]) range[1] = d;
  };
  for (const m of dataset.tariffMeasures) {
    see(m.date.start);
    see(m.date.end);
  }
  for (const p of dataset.scenarios) for (const s of p.steps) see(s.date);
  datasetRange.set(dataset, range);
  return range;
}

/** The time axis: every documented date, every preset and custom step, padded by 60 days on the right. */
export function scenarioDomain(dataset: Dataset, customSteps: readonly ScenarioStep[]): [number, number] {
  const base = rangeOf(dataset);
  let lo = base?.[0];
  let hi = base?.[1];
  for (const s of customSteps) {
    if (lo === undefined || s.date < lo) lo = s.date;
    if (hi === undefined || s.date > hi) hi = s.date;
  }
  const next: [number, number] =
    lo === undefined || hi === undefined
      ? [isoToTime('2025-01-01'), isoToTime('2026-01-01')]
      : [isoToTime(addDays(lo, -30)), isoToTime(addDays(hi, 60))];
  // Same axis → same array, so a chart given it sees an unchanged prop (a toggle does not re-set the axis).
  const last = lastDomain.get(dataset);
  if (last && last[0] === next[0] && last[1] === next[1]) return last;
  lastDomain.set(dataset, next);
  return next;
}

/** The documented series for a dataset and axis end, built once (callers must not mutate them). */
export function baselineFor(dataset: Dataset, endTime: number): StepSeries[] {
  let byEnd = baselineCache.get(dataset);
  if (!byEnd) {
    byEnd = new Map();
    baselineCache.set(dataset, byEnd);
  }
  let built = byEnd.get(endTime);
  if (!built) {
    // Rates an open reading leaves undecided carry all their values (the calculator gives a duty for each).
    built = documentedSeries(dataset, endTime);
    if (byEnd.size > 8) byEnd.clear();
    byEnd.set(endTime, built);
  }
  return built;
}

/** Collects the steps of a scenario in composition order (rule 1). */
export function collectSteps(
  presets: readonly ScenarioPreset[],
  active: ReadonlySet<string>,
  customSteps: readonly CustomStep[],
): SourcedStep[] {
  const out: SourcedStep[] = [];
  for (const p of presets) {
    if (!active.has(p.id)) continue;
    for (const step of p.steps) out.push({ step, sourceId: p.id, sourceLabel: p.title, recordId: p.id });
  }
  for (const c of customSteps) {
    const { n, ...step } = c;
    out.push({
      step,
      sourceId: customSourceId(n),
      sourceLabel: `Custom step ${n}: ${c.label}`,
      recordId: null,
    });
  }
  return out;
}

/** Applies rule 3: keeps the last step per direction+basis+date and reports the ones it overrode. */
function resolveConflicts(steps: readonly SourcedStep[]): {
  kept: SourcedStep[];
  overridden: OverriddenStep[];
} {
  const winner = new Map<string, SourcedStep>();
  for (const s of steps) winner.set(`${directionBasisKey(s.step)}|${s.step.date}`, s);
  const kept: SourcedStep[] = [];
  const overridden: OverriddenStep[] = [];
  for (const s of steps) {
    const w = winner.get(`${directionBasisKey(s.step)}|${s.step.date}`)!;
    if (w === s) kept.push(s);
    else overridden.push({ lost: s, wonBy: w });
  }
  return { kept, overridden };
}

function stripConnector(points: readonly StepPoint[], endTime: number): StepPoint[] {
  const last = points[points.length - 1];
  return last && last.recordId === null && last.t === endTime ? points.slice(0, -1) : [...points];
}

/** Merges two time-sorted point lists (linear: documented paths can hold 100,000 points). */
function mergeByTime(a: readonly StepPoint[], b: readonly StepPoint[]): StepPoint[] {
  const out: StepPoint[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.t <= b[j]!.t)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Builds one scenario's series from its (already collected) steps against the baseline. */
export function composeScenario(
  baseline: readonly StepSeries[],
  steps: readonly SourcedStep[],
  scenarioId: string,
  endTime: number,
): ScenarioResult {
  const { kept, overridden } = resolveConflicts(steps);
  const groups = new Map<string, SourcedStep[]>();
  for (const s of kept) {
    const k = directionBasisKey(s.step);
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  const actualByDirection = new Map<string, StepSeries>();
  for (const s of baseline) if (s.kind === 'actual') actualByDirection.set(directionBasisKey(s), s);

  const series: StepSeries[] = [];
  for (const [k, list] of groups) {
    const first = list[0]!.step;
    const actual = actualByDirection.get(k);
    const stepTimes = new Set(list.map((s) => isoToTime(s.step.date)));
    // Documented points stay (a step holds until the next change); a same-date scenario step replaces them.
    // They are carried as plain connector points: the documented series beside it carries their records, so
    // the chart neither draws their marks twice nor labels a documented rate as a scenario.
    const documented: StepPoint[] = actual
      ? stripConnector(actual.points, endTime)
          .filter((p) => !stepTimes.has(p.t))
          .map((p) => ({ t: p.t, rate: p.rate, recordId: null, status: p.status }))
      : [];
    const produced: StepPoint[] = [...list]
      .sort((x, y) => x.step.date.localeCompare(y.step.date))
      .map((s) => ({
        t: isoToTime(s.step.date),
        rate: s.step.rate,
        recordId: s.recordId,
        status: 'in-force',
        scenario: { sourceId: s.sourceId, label: s.sourceLabel },
      }));
    const points = mergeByTime(documented, produced);
    const last = points[points.length - 1];
    if (last && last.t < endTime) points.push({ ...last, t: endTime, recordId: null, span: undefined });
    series.push({
      key: seriesKey(first.imposerId, first.targetId, first.basis, 'scenario', scenarioId),
      imposerId: first.imposerId,
      targetId: first.targetId,
      basis: first.basis,
      kind: 'scenario',
      scenarioId,
      points,
    });
  }
  series.sort((x, y) => x.key.localeCompare(y.key));
  return { steps: [...steps], overridden, series };
}

/** The whole engine: baseline, Scenario A (active presets + custom steps) and optional Scenario B. */
export function runScenarios(input: EngineInput): EngineOutput {
  const { dataset, active, customSteps, comparison } = input;
  const domain = scenarioDomain(dataset, customSteps);
  const baseline = baselineFor(dataset, domain[1]);
  const a = composeScenario(
    baseline,
    collectSteps(dataset.scenarios, new Set(active), customSteps),
    SCENARIO_A,
    domain[1],
  );
  const b = comparison
    ? composeScenario(
        baseline,
        collectSteps(dataset.scenarios, new Set(comparison), []),
        SCENARIO_B,
        domain[1],
      )
    : null;
  return { domain, baseline, a, b };
}

/** A direction and basis, e.g. US on China, headline. */
export interface Direction {
  imposerId: string;
  targetId: string;
  basis: TariffBasis;
}

/** The rate a path shows on a date, with the point that produced it. */
export function pointOn(series: StepSeries | undefined, iso: string): StepPoint | undefined {
  return series ? rateAt(series, isoToTime(iso)) : undefined;
}

/**
 * The point a scenario path shows on a date: the step that produced it, or (where the scenario leaves the
 * documented rate in place) the documented point itself, with its record.
 */
export function scenarioPointOn(
  scenario: StepSeries | undefined,
  documented: StepSeries | undefined,
  iso: string,
): StepPoint | undefined {
  const p = pointOn(scenario ?? documented, iso);
  if (p && !p.scenario && scenario) return pointOn(documented, iso) ?? p;
  return p;
}

/** The series for a direction+basis in a list (baseline actual, or a scenario's). */
export function findSeries(
  list: readonly StepSeries[],
  d: Direction,
  kind: 'actual' | 'scenario',
): StepSeries | undefined {
  return list.find(
    (s) => s.kind === kind && s.imposerId === d.imposerId && s.targetId === d.targetId && s.basis === d.basis,
  );
}

/** One row of the A-vs-B comparison: the rates on a date that matters. */
export interface ComparisonRow {
  date: string;
  direction: Direction;
  baseline: StepPoint | undefined;
  a: StepPoint | undefined;
  b: StepPoint | undefined;
}

/**
 * The dates that matter for comparing two scenarios: every date a step of either scenario takes effect, on
 * each direction+basis either touches, with the documented, A and B rates on that date.
 */
export function compareScenarios(out: EngineOutput): ComparisonRow[] {
  if (!out.b) return [];
  const keys = new Map<string, { d: Direction; dates: Set<string> }>();
  for (const s of [...out.a.steps, ...out.b.steps]) {
    const k = directionBasisKey(s.step);
    const entry = keys.get(k) ?? {
      d: { imposerId: s.step.imposerId, targetId: s.step.targetId, basis: s.step.basis },
      dates: new Set(),
    };
    entry.dates.add(s.step.date);
    keys.set(k, entry);
  }
  const rows: ComparisonRow[] = [];
  for (const { d, dates } of keys.values()) {
    const base = findSeries(out.baseline, d, 'actual');
    const sa = findSeries(out.a.series, d, 'scenario');
    const sb = findSeries(out.b.series, d, 'scenario');
    for (const date of [...dates].sort()) {
      rows.push({
        date,
        direction: d,
        baseline: pointOn(base, date),
        a: scenarioPointOn(sa, base, date),
        b: scenarioPointOn(sb, base, date),
      });
    }
  }
  return rows.sort(
    (x, y) =>
      x.date.localeCompare(y.date) ||
      directionBasisKey(x.direction).localeCompare(directionBasisKey(y.direction)),
  );
}
