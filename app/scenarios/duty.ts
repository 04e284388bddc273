import type { Dataset, TariffBasis } from '../data/schema.ts';
import type { StepPoint, StepSeries } from '../domain/step-series.ts';
import { BASIS_LABEL, formatMoney } from '../lib/format.ts';
import { addDays, isoToTime, timeToIso } from '../lib/dates.ts';
import { orText } from '../domain/readings.ts';
import {
  collectSteps,
  composeScenario,
  findSeries,
  pointOn,
  scenarioPointOn,
  type EngineOutput,
} from './engine.ts';

/**
 * The duty calculator. Pure: a shipment's customs value and date, a direction (who imposes on whose goods)
 * and a set of paths (documented, each active preset alone, the composed Scenario A, Scenario B) → the duty
 * and landed cost under each path, on every basis the documents give a rate for. The landed cost here is the
 * customs value plus this tariff only (no freight, insurance or other duties); the view says so.
 */

/** A path the calculator reads rates from. */
export interface DutyPath {
  id: string;
  /** "Documented", "Scenario: <preset title>", "Scenario A (all active)" … */
  label: string;
  scenario: boolean;
  series: readonly StepSeries[];
}

export interface DutyLine {
  pathId: string;
  pathLabel: string;
  scenario: boolean;
  basis: TariffBasis;
  /** Null when the path has no rate on that date (before the first documented rate). */
  rate: number | null;
  duty: number | null;
  landed: number | null;
  /** The point the rate comes from: its record (documented or preset) and, for a scenario step, its source. */
  point: StepPoint | undefined;
  /** True when the rate on this path differs from the documented one (a scenario changed it). */
  changed: boolean;
  /** The basis is not stated by the document: the figure must say so, never be used silently. */
  unspecifiedBasis: boolean;
  /**
   * When an open reading leaves the rate undecided (the summer 10% or 30%): the rate, duty and landed cost
   * under each reading's value. `rate`/`duty`/`landed` then hold only the stored figure: show these instead.
   */
  alternatives?: { rate: number; duty: number; landed: number }[];
  /** The rate is dated only to a span (a season, part of a month) that contains the date of entry: on that
   * date it may not have applied yet. The span's first and last day. */
  uncertainStart?: { start: string; end: string };
}

/** The span of a coarse-dated rate when `date` falls inside it (the rate may not apply yet on that date). */
export function uncertainStartOn(
  point: StepPoint | undefined,
  date: string,
): { start: string; end: string } | undefined {
  if (!point?.span) return undefined;
  const t = isoToTime(date);
  if (t < point.span.start || t > point.span.end) return undefined;
  return { start: timeToIso(point.span.start), end: timeToIso(point.span.end) };
}

/** Duty on a customs value at a percent rate, to the cent. */
export function dutyAt(value: number, ratePercent: number): number {
  return Math.round(value * ratePercent) / 100;
}

/** The paths of the calculator: documented, each active preset on its own, Scenario A if it combines
 * several sources, and Scenario B when comparing. */
export function dutyPaths(dataset: Dataset, out: EngineOutput, active: readonly string[]): DutyPath[] {
  const paths: DutyPath[] = [
    { id: 'documented', label: 'Documented (no scenario)', scenario: false, series: out.baseline },
  ];
  const activeSet = new Set(active);
  const presets = dataset.scenarios.filter((p) => activeSet.has(p.id));
  const sources = new Set(out.a.steps.map((s) => s.sourceId));
  for (const p of presets) {
    const alone =
      sources.size === 1
        ? out.a
        : composeScenario(out.baseline, collectSteps([p], new Set([p.id]), []), p.id, out.domain[1]);
    paths.push({ id: p.id, label: `Scenario: ${p.title}`, scenario: true, series: alone.series });
  }
  if (sources.size > 1 || (sources.size === 1 && presets.length === 0)) {
    paths.push({
      id: 'scenario-a',
      label: 'Scenario A (all active toggles and your steps)',
      scenario: true,
      series: out.a.series,
    });
  }
  if (out.b)
    paths.push({ id: 'scenario-b', label: 'Scenario B (comparison)', scenario: true, series: out.b.series });
  return paths;
}

/** Duty and landed cost on `date` for goods `imposerId` taxes from `targetId`, per path and basis. */
export function computeDuty(opts: {
  value: number;
  date: string;
  imposerId: string;
  targetId: string;
  baseline: readonly StepSeries[];
  paths: readonly DutyPath[];
}): DutyLine[] {
  const { value, date, imposerId, targetId, baseline, paths } = opts;
  const bases = new Set<TariffBasis>();
  for (const p of paths) {
    for (const s of p.series) {
      if (
        s.imposerId === imposerId &&
        s.targetId === targetId &&
        (s.kind === 'actual' || s.kind === 'scenario')
      )
        bases.add(s.basis);
    }
  }
  const lines: DutyLine[] = [];
  for (const basis of (['headline', 'average', 'unspecified'] as const).filter((b) => bases.has(b))) {
    const d = { imposerId, targetId, basis };
    const documented = pointOn(findSeries(baseline, d, 'actual'), date);
    for (const p of paths) {
      const own = p.scenario ? findSeries(p.series, d, 'scenario') : findSeries(p.series, d, 'actual');
      // A scenario that does not touch this basis leaves the documented rate in place.
      const point = p.scenario
        ? own
          ? scenarioPointOn(own, findSeries(baseline, d, 'actual'), date)
          : documented
        : documented;
      const rate = point ? point.rate : null;
      const uncertainStart = uncertainStartOn(point, date);
      const duty = rate === null ? null : dutyAt(value, rate);
      const alternatives = point?.rates?.map((r) => {
        const d = dutyAt(value, r);
        return { rate: r, duty: d, landed: Math.round((value + d) * 100) / 100 };
      });
      lines.push({
        pathId: p.id,
        pathLabel: p.label,
        scenario: p.scenario,
        basis,
        rate,
        duty,
        landed: duty === null ? null : Math.round((value + duty) * 100) / 100,
        point,
        changed: p.scenario && rate !== (documented ? documented.rate : null),
        unspecifiedBasis: basis === 'unspecified',
        ...(uncertainStart ? { uncertainStart } : {}),
        ...(alternatives ? { alternatives } : {}),
      });
    }
  }
  return lines;
}

/** "$1,000 or $3,000" when an open reading leaves the rate undecided, else "$1,000" (null: no rate). */
export function dutyText(l: DutyLine, field: 'duty' | 'landed' = 'duty'): string {
  if (l.alternatives) return orText(l.alternatives.map((a) => formatMoney(a[field])));
  const v = l[field];
  return v === null ? '—' : formatMoney(v);
}

/** The calculator's default date: the day after the last documented rate or preset step, so every preset shows. */
export function defaultDutyDate(dataset: Dataset): string {
  let last = '2025-01-01';
  for (const m of dataset.tariffMeasures) if (m.date.start > last) last = m.date.start;
  for (const p of dataset.scenarios) for (const s of p.steps) if (s.date > last) last = s.date;
  return addDays(last, 1);
}

/**
 * The calculator's one-line summary after the shipment: per basis, the documented duty, then the duty under
 * Scenario A (all that is switched on) and Scenario B, each named as a scenario. Each preset on its own is in
 * the table; listing every path here made a paragraph of preset titles nobody could read aloud.
 */
export function dutySummary(lines: readonly DutyLine[]): string {
  const bases = [...new Set(lines.map((l) => l.basis))];
  const parts = bases.map((basis) => {
    const of = lines.filter((l) => l.basis === basis);
    const doc = of.find((l) => !l.scenario);
    const presets = of.filter((l) => l.scenario && l.pathId !== 'scenario-a' && l.pathId !== 'scenario-b');
    const a = of.find((l) => l.pathId === 'scenario-a') ?? (presets.length === 1 ? presets[0] : undefined);
    const b = of.find((l) => l.pathId === 'scenario-b');
    const money = (l: DutyLine) => (l.duty === null ? 'no rate' : dutyText(l));
    let text = `${BASIS_LABEL[basis].toLowerCase()}: `;
    text +=
      !doc || doc.duty === null
        ? 'no documented rate'
        : `documented duty ${dutyText(doc)}${doc.uncertainStart ? ' (the rate may not apply yet on this date)' : ''}`;
    // A scenario with no rate where the documents have none either adds nothing worth reading.
    const shown = (l: DutyLine | undefined): l is DutyLine => !!l && (l.duty !== null || l.changed);
    if (shown(a)) text += `; Scenario A ${money(a)}${a.changed ? '' : ' (unchanged)'}`;
    if (shown(b)) text += `; Scenario B ${money(b)}${b.changed ? '' : ' (unchanged)'}`;
    return text;
  });
  return parts.join(' | ') || 'no rate on this route';
}
