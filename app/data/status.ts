import { addDays, daysBetween } from '../lib/dates.ts';
import { directionBasisKey } from '../lib/direction.ts';
import type {
  Dataset,
  Evidence,
  EventStatus,
  FuzzyDate,
  MeasureStatus,
  Source,
  TariffMeasure,
  TimeTerms,
  TradeMeasure,
} from './schema.ts';

/**
 * Pure "what was in force on date D" logic for tariff and trade measures, and the countdown of
 * time-limited terms. Coarse dates are handled honestly: when a measure's date span straddles D, the
 * measure is only "possibly" in force on D, never silently in force.
 */

/** What a measure was on a given date. */
export type AsOfState =
  /** D is before the earliest day the measure's date can denote. */
  | 'not-yet'
  /** The measure's coarse date span straddles D: it may or may not have applied yet. */
  | 'possibly-in-force'
  | 'in-force'
  /**
   * In force when the documents last speak of it, before D, and nothing later says it ended or changed:
   * the dashboard does not extrapolate it into D as a fact ("in force when last documented, 31 Oct 2025").
   */
  | 'last-documented-in-force'
  /** A later measure that replaces it may already apply on D (its date span straddles D). */
  | 'possibly-superseded'
  | 'superseded'
  /** Its time-limited terms may have ended on D (the end is only known to a span). */
  | 'possibly-lapsed'
  | 'lapsed'
  /** Documented only as threatened, proposed or announced: the documents never say it took effect. */
  | 'not-in-force'
  | 'suspended'
  | 'lifted'
  | 'expired';

/** A span of days (ISO) within which a date falls; earliest === latest when it is exact. */
export interface DaySpan {
  earliest: string;
  latest: string;
}

/** Where a measure's time-limited terms stand on D. */
export interface TermsOnDate {
  description: string;
  /** The measure never took effect (proposed, threatened, announced): the countdown is hypothetical. */
  hypothetical: boolean;
  /** When the terms end, if they end: from `endsOn`, or from the start plus `durationDays`. */
  end?: DaySpan & { explicit: boolean };
  phase: 'not-started' | 'running' | 'ends-today' | 'possibly-lapsed' | 'lapsed' | 'under-review';
  /** Whole days from D to the earliest possible end (running terms only). */
  daysLeft?: number;
  /** Whole days since the latest possible end (lapsed terms only). */
  daysSinceLapse?: number;
  /** The next periodic review on or after D. */
  nextReview?: DaySpan & { daysUntil: number };
}

/** A measure's status on one date. */
export interface StatusOnDate {
  date: string;
  state: AsOfState;
  /** The status the documents give the record. */
  documented: MeasureStatus;
  /** True when D falls inside the measure's own coarse date span. */
  withinDateSpan: boolean;
  /** The measure that replaces it (superseded / possibly superseded). */
  replacedById?: string;
  terms?: TermsOnDate;
  /** The last day the evidence speaks for the measure (`documentedUntil`), when known. */
  lastDocumented?: string;
  /** That day as the document is dated ("c. 31 Oct 2025"). */
  lastDocumentedLabel?: string;
}

/*
 * The status predicates: the one place that says what a documented status means. The lifecycle is
 * threatened → announced → in force → suspended → lifted / expired; proposed stays proposed. A measure
 * "announced … starting November 1st" has not taken effect on the day it is announced, so "announced" sits
 * with threatened and proposed, never with in force. Charts, summaries, the calculator and the panels call
 * these; none keeps its own list of statuses.
 */

/** Took effect: the rate or measure applied from its date (whatever happened to it later). */
export function hasTakenEffect(status: MeasureStatus): boolean {
  return status === 'in-force' || status === 'suspended' || status === 'lifted' || status === 'expired';
}

/** Not yet in effect: threatened, proposed or announced; the documents do not say it applied. */
export function isNotYetInEffect(status: MeasureStatus): boolean {
  return !hasTakenEffect(status);
}

/** Documented as in force (not suspended, not ended). What applies on a given date is `statusOnDate`. */
export function isInForceStatus(status: MeasureStatus): boolean {
  return status === 'in-force';
}

/**
 * The date a not-yet-in-effect figure carries has passed without the documents saying it applied. A proposal's
 * date is when it was made, not when it would apply, so it never passes.
 */
export function datePassedUnapplied(m: { status: MeasureStatus; date: FuzzyDate }, date: string): boolean {
  return m.status !== 'proposed' && isNotYetInEffect(m.status) && m.date.end < date;
}

/** An event that took place (held, or held and collapsed); not one planned, proposed or cancelled. */
export function hasHappened(status: EventStatus): boolean {
  return status === 'held' || status === 'collapsed';
}

/** Lapsed: it applied and has ended (lifted or expired). */
export function hasLapsed(status: MeasureStatus): boolean {
  return status === 'lifted' || status === 'expired';
}

/**
 * Where the evidence for a record ends: the latest day on which a document quoting it can have been
 * published, or the record's own date when that is later (a document may state a rate from a later day).
 * Past it, nothing in the documents says the measure still applied: views say "in force when last
 * documented <date>" and charts stop or fade there, never run on to today as a fact.
 */
export function documentedUntil(
  r: { evidence: readonly Pick<Evidence, 'sourceId'>[]; date: FuzzyDate },
  sources: ReadonlyMap<string, Pick<Source, 'published'>>,
): string {
  return lastDocumented(r, sources).until;
}

/** Where the evidence for a record ends, with the words for that day ("c. 31 Oct 2025", as the document is dated). */
export function lastDocumented(
  r: { evidence: readonly Pick<Evidence, 'sourceId'>[]; date: FuzzyDate },
  sources: ReadonlyMap<string, Pick<Source, 'published'>>,
): { until: string; label: string } {
  let out = { until: r.date.end, label: r.date.label };
  for (const e of r.evidence) {
    const p = sources.get(e.sourceId)?.published;
    if (p !== undefined && p.end > out.until) out = { until: p.end, label: p.label };
  }
  return out;
}

const sourceMaps = new WeakMap<readonly Source[], Map<string, Source>>();
/** The sources by id (memoised per list). */
export function sourcesById(sources: readonly Source[]): Map<string, Source> {
  let m = sourceMaps.get(sources);
  if (!m) sourceMaps.set(sources, (m = new Map(sources.map((s) => [s.id, s]))));
  return m;
}

/** Where D lies relative to a fuzzy date: before it, inside its span, or after (on or after an exact day). */
export function positionOf(d: FuzzyDate, date: string): 'before' | 'within' | 'after' {
  if (date < d.start) return 'before';
  if (d.start === d.end || date > d.end) return 'after';
  return 'within';
}

/** When the terms end, as a span (a coarse start gives a coarse end). Undefined when they run open-ended. */
export function termsEnd(terms: TimeTerms, start: FuzzyDate): (DaySpan & { explicit: boolean }) | undefined {
  if (terms.endsOn) return { earliest: terms.endsOn, latest: terms.endsOn, explicit: true };
  // A fixed duration followed by periodic review does not lapse; it goes into review.
  if (terms.durationDays !== undefined && terms.reviewEveryDays === undefined) {
    return {
      earliest: addDays(start.start, terms.durationDays),
      latest: addDays(start.end, terms.durationDays),
      explicit: false,
    };
  }
  return undefined;
}

/** The first periodic review on or after D, or undefined when the terms name no review. */
export function nextReview(
  terms: TimeTerms,
  start: FuzzyDate,
  date: string,
): (DaySpan & { daysUntil: number }) | undefined {
  const every = terms.reviewEveryDays;
  if (every === undefined) return undefined;
  const first = terms.durationDays ?? every;
  // Number of whole review periods after the first review that have passed by D (counted from the latest start,
  // so the earliest review shown is never one that may not have come yet).
  const sinceFirst = daysBetween(addDays(start.start, first), date);
  const k = sinceFirst <= 0 ? 0 : Math.ceil(sinceFirst / every);
  const earliest = addDays(start.start, first + k * every);
  const latest = addDays(start.end, first + k * every);
  return { earliest, latest, daysUntil: daysBetween(date, earliest) };
}

/** Where time-limited terms stand on D. */
export function termsOnDate(
  terms: TimeTerms,
  start: FuzzyDate,
  status: MeasureStatus,
  date: string,
): TermsOnDate {
  const hypothetical = isNotYetInEffect(status);
  const end = termsEnd(terms, start);
  const review = nextReview(terms, start, date);
  const out: TermsOnDate = { description: terms.description, hypothetical, phase: 'running' };
  if (end) out.end = end;
  if (review) out.nextReview = review;
  if (date < start.start) {
    out.phase = 'not-started';
    if (end) out.daysLeft = daysBetween(date, end.earliest);
    return out;
  }
  if (end) {
    if (date > end.latest) {
      out.phase = 'lapsed';
      out.daysSinceLapse = daysBetween(end.latest, date);
      delete out.nextReview;
    } else if (date === end.earliest && end.earliest === end.latest) {
      out.phase = 'ends-today';
      out.daysLeft = 0;
    } else if (date >= end.earliest) {
      out.phase = 'possibly-lapsed';
      out.daysLeft = 0;
    } else {
      out.daysLeft = daysBetween(date, end.earliest);
    }
    return out;
  }
  if (review && terms.durationDays !== undefined && date >= addDays(start.start, terms.durationDays)) {
    out.phase = 'under-review';
  } else if (terms.durationDays !== undefined) {
    out.daysLeft = Math.max(0, daysBetween(date, addDays(start.start, terms.durationDays)));
  }
  return out;
}

/**
 * The tariff measures that replace `m`: any measure naming it in `replacesId`, and later measures of the same
 * direction and basis that took effect (a new rate replaces the previous one). Proposed or threatened rates
 * replace nothing until the documents say they took effect. Earliest first.
 */
export function tariffReplacements(m: TariffMeasure, all: readonly TariffMeasure[]): TariffMeasure[] {
  return replacementIndex(all)(m, null);
}

type ReplacementLookup = (m: TariffMeasure, by: string | null) => TariffMeasure[];
const replacementIndexes = new WeakMap<readonly TariffMeasure[], ReplacementLookup>();
const byStart = (a: { date: FuzzyDate }, b: { date: FuzzyDate }) =>
  a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0;

/**
 * The replacements of every measure of `all`, indexed once per list: measures that took effect, grouped by
 * direction and basis and sorted by start, so a measure's later rates are a binary search away instead of a
 * scan of the whole list (which made the state of every measure on a date quadratic in the record count).
 * With `by`, only the replacements that can decide the state on that date: those starting on or before it, up
 * to and including the first that certainly applies (statusOnDate looks no further).
 */
function replacementIndex(all: readonly TariffMeasure[]): ReplacementLookup {
  const cached = replacementIndexes.get(all);
  if (cached) return cached;
  const groups = new Map<string, TariffMeasure[]>();
  const named = new Map<string, TariffMeasure[]>();
  for (const o of all) {
    if (!hasTakenEffect(o.status)) continue;
    const key = directionBasisKey(o);
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
    if (o.replacesId) named.set(o.replacesId, [...(named.get(o.replacesId) ?? []), o]);
  }
  for (const g of groups.values()) g.sort(byStart);
  const lookup: ReplacementLookup = (m, by) => {
    const g = groups.get(directionBasisKey(m)) ?? [];
    // First measure of the group that starts after m's date span ends.
    let lo = 0;
    let hi = g.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (g[mid]!.date.start > m.date.end) hi = mid;
      else lo = mid + 1;
    }
    const later: TariffMeasure[] = [];
    for (let i = lo; i < g.length; i++) {
      const o = g[i]!;
      if (by !== null && o.date.start > by) break;
      if (o.id === m.id) continue;
      later.push(o);
      if (by !== null && positionOf(o.date, by) === 'after') break;
    }
    const explicit = (named.get(m.id) ?? []).filter(
      (o) => o.id !== m.id && !later.includes(o) && (by === null || o.date.start <= by),
    );
    return explicit.length === 0 ? later : [...explicit, ...later].sort(byStart);
  };
  replacementIndexes.set(all, lookup);
  return lookup;
}

/**
 * Sanctions and export controls accumulate: a later sanction of the same kind adds to earlier ones rather
 * than replacing them, so only a measure that documents itself as a replacement would count. The schema has no
 * such field for trade measures, so none are replaced; kept as a function so the rule lives in one place.
 */
export function tradeReplacements(_m: TradeMeasure, _all: readonly TradeMeasure[]): TradeMeasure[] {
  return [];
}

function isSortedByStart(list: readonly { date: FuzzyDate }[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.date.start > list[i]!.date.start) return false;
  return true;
}

/** Core rule: a measure's state on D, given the measures that replace it. */
export function statusOnDate(
  m: { status: MeasureStatus; date: FuzzyDate; terms?: TimeTerms | undefined },
  replacements: readonly { id: string; date: FuzzyDate }[],
  date: string,
  /** Where the evidence ends (`lastDocumented`); views always give it (tests of other rules may not). */
  evidence?: { until: string; label: string },
): StatusOnDate {
  const lastDocumented = evidence?.until;
  const pos = positionOf(m.date, date);
  const base: StatusOnDate = {
    date,
    state: 'not-yet',
    documented: m.status,
    withinDateSpan: pos === 'within',
  };
  if (evidence) {
    base.lastDocumented = evidence.until;
    base.lastDocumentedLabel = evidence.label;
  }
  if (m.terms) base.terms = termsOnDate(m.terms, m.date, m.status, date);
  if (pos === 'before') return base;
  if (isNotYetInEffect(m.status)) return { ...base, state: 'not-in-force' };
  if (!isInForceStatus(m.status)) {
    // Suspended / lifted / expired as documented from the record's date.
    // (withinDateSpan tells the UI when even that is uncertain.)
    return { ...base, state: m.status as 'suspended' | 'lifted' | 'expired' };
  }
  // Earliest-applying replacement first: a certain one beats a possible one. Only replacements that start
  // on or before D can apply on D, and the list is earliest first, so the scan stops at the first later one.
  const reps = isSortedByStart(replacements) ? replacements : [...replacements].sort(byStart);
  let certain: { id: string } | undefined;
  let possible: { id: string } | undefined;
  for (const r of reps) {
    if (r.date.start > date) break;
    const at = positionOf(r.date, date);
    if (at === 'after') {
      certain = r;
      break;
    }
    if (at === 'within') possible ??= r;
  }
  if (certain) return { ...base, state: 'superseded', replacedById: certain.id };
  const t = base.terms;
  if (t?.phase === 'lapsed') return { ...base, state: 'lapsed' };
  if (pos === 'within') return { ...base, state: 'possibly-in-force' };
  if (possible) return { ...base, state: 'possibly-superseded', replacedById: possible.id };
  if (t?.phase === 'possibly-lapsed') return { ...base, state: 'possibly-lapsed' };
  // Terms the documents state (a 90-day suspension) speak for their whole run; otherwise the evidence ends
  // at the last document.
  if (t?.phase !== 'running' && lastDocumented !== undefined && date > lastDocumented) {
    return { ...base, state: 'last-documented-in-force' };
  }
  return { ...base, state: 'in-force' };
}

/** A tariff rate's state on D, taking later rates of the same direction and basis into account. */
export function tariffStatusOn(
  m: TariffMeasure,
  all: readonly TariffMeasure[],
  date: string,
  sources?: readonly Source[],
): StatusOnDate {
  const evidence = sources ? lastDocumented(m, sourcesById(sources)) : undefined;
  return statusOnDate(m, replacementIndex(all)(m, date), date, evidence);
}

/** A sanction's or export control's state on D, with the countdown of its terms. */
export function tradeMeasureStatusOn(
  m: TradeMeasure,
  all: readonly TradeMeasure[],
  date: string,
  sources?: readonly Source[],
): StatusOnDate {
  const evidence = sources ? lastDocumented(m, sourcesById(sources)) : undefined;
  return statusOnDate(m, tradeReplacements(m, all), date, evidence);
}

/** True for the states in which a measure certainly or possibly applied on D. */
export function appliesOn(s: StatusOnDate): 'yes' | 'possibly' | 'no' {
  if (s.state === 'in-force') return 'yes';
  if (
    s.state === 'possibly-in-force' ||
    s.state === 'possibly-superseded' ||
    s.state === 'possibly-lapsed' ||
    s.state === 'last-documented-in-force'
  ) {
    return 'possibly';
  }
  return 'no';
}

/** The state on D of every tariff and trade measure, by record id (one pass for a whole view). */
export function measureStatusesOn(
  data: Pick<Dataset, 'tariffMeasures' | 'tradeMeasures'> & Partial<Pick<Dataset, 'sources'>>,
  date: string,
): Map<string, StatusOnDate> {
  const out = new Map<string, StatusOnDate>();
  const { sources } = data;
  for (const m of data.tariffMeasures) out.set(m.id, tariffStatusOn(m, data.tariffMeasures, date, sources));
  for (const m of data.tradeMeasures)
    out.set(m.id, tradeMeasureStatusOn(m, data.tradeMeasures, date, sources));
  return out;
}
