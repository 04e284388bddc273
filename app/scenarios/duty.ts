import type { Dataset, TariffBasis } from '../data/schema.ts';
import type { StepPoint, StepSeries } from '../domain/step-series.ts';
import { BASIS_LABEL, formatMoney, formatPercent } from '../lib/format.ts';
import { isoToTime, timeToIso } from '../lib/dates.ts';
import {
  ambiguitiesOf,
  datasetUnderReadings,
  orText,
  pickedSummary,
  readingWorlds,
  type ReadingChoice,
  type ReadingRef,
} from '../domain/readings.ts';
import { documentedSeries, rateAt } from '../domain/step-series.ts';
import { tariffStatusOn } from '../data/status.ts';
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

/**
 * The calculator's bottom line: what a shipment pays under the documents on its date, said first, before the
 * breakdown. While a reading of an ambiguous statement that decides the figure is open, it gives each
 * reading's result (grouped where readings agree), never one of them silently; a reading picked is named.
 * Past the newest document quoting the rate it says "in force when last documented <date>".
 */
export interface BottomLineRate {
  basis: TariffBasis;
  rate: number;
  duty: number;
  recordId: string | null;
}

export interface BottomLineOutcome {
  /** The rate the bottom line leads with: headline when there is one, else average, else basis not stated. */
  main: BottomLineRate;
  /** Other documented rates on that date (another basis): alternatives, not additions. */
  others: BottomLineRate[];
  /** The open readings this result holds under (empty when it holds under all of them). */
  readings: string[];
  /** The rate's evidence ends before the date: the words for that last day ("c. 2 Nov 2025"). */
  lastDocumented?: string;
  /** The rate is dated only to a span containing the date: it may not apply yet. */
  mayNotApplyYet?: boolean;
}

export interface DutyBottomLine {
  outcomes: BottomLineOutcome[];
  /** The picked readings that touch this route's rates ("Summer 2025 …: reading B (US 30%, China 10%)"). */
  picked: string[];
  /** Scenario A and B on this date, when switched on: what they change, or that they change nothing. */
  scenarios: { label: 'Scenario A' | 'Scenario B'; changed: BottomLineScenario[] }[];
}

export interface BottomLineScenario {
  basis: TariffBasis;
  /** "$10,000" or "$1,000 or $3,000". */
  duty: string;
  point: StepPoint | undefined;
}

const BASES: readonly TariffBasis[] = ['headline', 'average', 'unspecified'];

/** "reading B of “Summer 2025: which side has 10%, which 30%”" (the result says what the reading gives). */
function readingText(ds: Dataset, ref: ReadingRef): string {
  const title = ds.ambiguities.find((a) => a.id === ref.ambiguityId)?.title ?? ref.ambiguityId;
  return `reading ${ref.letter} of “${title}”`;
}

/**
 * The documented results of the bottom line: one per distinct outcome over the open readings that touch this
 * route's rates. `stored` is the dataset before any reading is applied; `choice` the readings picked.
 */
export function dutyBottomLine(opts: {
  stored: Dataset;
  choice: ReadingChoice;
  value: number;
  date: string;
  imposerId: string;
  targetId: string;
}): Omit<DutyBottomLine, 'scenarios'> {
  const { stored, choice, value, date, imposerId, targetId } = opts;
  const ids = stored.tariffMeasures
    .filter((m) => m.imposerId === imposerId && m.targetId === targetId)
    .map((m) => m.id);
  const touching = ambiguitiesOf(stored, ids);
  const worlds = readingWorlds(
    stored,
    choice,
    touching.map((a) => a.id),
  );
  const t = isoToTime(date);
  const groups = new Map<string, { outcome: BottomLineOutcome; worlds: ReadingRef[][] }>();
  for (const w of worlds) {
    const ds = datasetUnderReadings(stored, w.choice);
    const measures = ds.tariffMeasures.filter((m) => m.imposerId === imposerId && m.targetId === targetId);
    // Not extended to an edge (end time 0): the point on the date is then the documented record itself.
    const series = documentedSeries(ds, 0, measures);
    const rates: BottomLineRate[] = [];
    for (const basis of BASES) {
      const s = series.find((x) => x.kind === 'actual' && x.basis === basis);
      const p = s ? rateAt(s, t) : undefined;
      if (p) rates.push({ basis, rate: p.rate, duty: dutyAt(value, p.rate), recordId: p.recordId });
    }
    const [main, ...others] = rates;
    if (!main) continue;
    const outcome: BottomLineOutcome = { main, others, readings: [] };
    const record = main.recordId ? measures.find((m) => m.id === main.recordId) : undefined;
    if (record) {
      const state = tariffStatusOn(record, ds.tariffMeasures, date, ds.sources);
      if (state.state === 'last-documented-in-force' && state.lastDocumentedLabel)
        outcome.lastDocumented = state.lastDocumentedLabel;
      if (state.state === 'possibly-in-force') outcome.mayNotApplyYet = true;
    }
    const key = JSON.stringify([main, others, outcome.lastDocumented, outcome.mayNotApplyYet]);
    const g = groups.get(key) ?? { outcome, worlds: [] };
    g.worlds.push(w.readings);
    groups.set(key, g);
  }
  const outcomes = [...groups.values()].map(({ outcome, worlds: ws }) => {
    // The readings every world of this result shares are the ones it holds under; when every world gives
    // it, no reading decides it.
    if (groups.size > 1) {
      const common = ws[0]!.filter((r) =>
        ws.every((x) => x.some((o) => o.ambiguityId === r.ambiguityId && o.readingId === r.readingId)),
      );
      outcome.readings = common.map((r) => readingText(stored, r));
    }
    return outcome;
  });
  return { outcomes, picked: pickedSummary(stored, choice, touching) };
}

/** Scenario A and B in the bottom line: per basis, the duty each changes on the date (from the breakdown). */
export function bottomLineScenarios(lines: readonly DutyLine[]): DutyBottomLine['scenarios'] {
  const presets = lines.filter((l) => l.scenario && l.pathId !== 'scenario-a' && l.pathId !== 'scenario-b');
  const presetIds = new Set(presets.map((l) => l.pathId));
  const aId = lines.some((l) => l.pathId === 'scenario-a')
    ? 'scenario-a'
    : presetIds.size === 1
      ? [...presetIds][0]
      : undefined;
  const out: DutyBottomLine['scenarios'] = [];
  for (const [label, id] of [
    ['Scenario A', aId],
    ['Scenario B', lines.some((l) => l.pathId === 'scenario-b') ? 'scenario-b' : undefined],
  ] as const) {
    if (!id) continue;
    const changed = lines
      .filter((l) => l.pathId === id && l.changed && l.duty !== null)
      .map((l) => ({ basis: l.basis, duty: dutyText(l), point: l.point }));
    out.push({ label, changed });
  }
  return out;
}

/** A piece of the bottom line: words, an amount to stress, or a documented rate (which opens its quote). */
export type BottomLinePart = string | { money: string } | { rate: BottomLineRate };

/** The bottom line in reading order: the shipment, one result per outcome of the open readings, the rest. */
export interface BottomLineParts {
  /** "A $10,000 shipment … pays" */
  head: string;
  /** One result each: "$1,000 (10% headline rate) under reading A of …". */
  outcomes: BottomLinePart[][];
  /** The picked readings the results are computed with ("" when none is picked). */
  picked: string;
  /** Scenario A and B on the date. */
  scenarios: BottomLinePart[];
}

/**
 * The bottom line's parts: "A $10,000 shipment … pays $1,000 (10% headline rate) …". The view renders them
 * (amounts stressed, rates opening their quotes; several outcomes as a list); `bottomLineText` joins them.
 */
export function bottomLineParts(b: DutyBottomLine, lead: string): BottomLineParts {
  const outcomes = b.outcomes.map((o) => {
    const out: BottomLinePart[] = [{ money: formatMoney(o.main.duty) }, ' (', { rate: o.main }];
    let after = ` ${BASIS_LABEL[o.main.basis].toLowerCase()}`;
    if (o.lastDocumented) after += `, in force when last documented ${o.lastDocumented}`;
    if (o.mayNotApplyYet) after += ', which may not apply yet on this date';
    out.push(`${after})`);
    for (const r of o.others) {
      out.push(', or ', { money: formatMoney(r.duty) }, ' at the other documented rate, ', { rate: r });
      out.push(` (${BASIS_LABEL[r.basis].toLowerCase()})`);
    }
    if (o.readings.length > 0) out.push(` under ${o.readings.join(' and ')}`);
    return out;
  });
  if (outcomes.length === 0) outcomes.push(['no documented tariff: no rate is documented by this date']);
  const tail: BottomLinePart[] = [];
  for (const s of b.scenarios) {
    if (s.changed.length === 0) {
      tail.push(` ${s.label} changes nothing on this date.`);
      continue;
    }
    tail.push(` ${s.label} (what-if, not documented): `);
    s.changed.forEach((c, i) => {
      if (i > 0) tail.push(', ');
      tail.push({ money: c.duty }, ` (${BASIS_LABEL[c.basis].toLowerCase()})`);
    });
    tail.push('.');
  }
  return { head: `${lead} pays`, outcomes, picked: b.picked.join('; '), scenarios: tail };
}

/** A part as plain text. */
export function partText(p: BottomLinePart): string {
  return typeof p === 'string' ? p : 'money' in p ? p.money : formatPercent(p.rate.rate);
}

/** The bottom line as one plain sentence. */
export function bottomLineText(b: DutyBottomLine, lead: string): string {
  const { head, outcomes, picked, scenarios } = bottomLineParts(b, lead);
  const results = outcomes.map((o) => o.map(partText).join(''));
  const joined =
    results.length > 1 ? `${results.slice(0, -1).join('; ')}; or ${results.at(-1)!}` : results[0]!;
  const computed = picked ? `, computed with ${picked}` : '';
  return `${head} ${joined}${computed}.${scenarios.map(partText).join('')}`;
}
