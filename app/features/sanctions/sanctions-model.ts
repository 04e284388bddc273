import { directionKey } from '../../lib/direction.ts';
import type { Metric, TradeMeasure } from '../../data/schema.ts';
import type { StatusOnDate } from '../../data/status.ts';
import { isNotYetInEffect, termsEnd } from '../../data/status.ts';
import { addDays } from '../../lib/dates.ts';
import { formatDayCount, formatDaySpan, formatFuzzyDate, STATUS_LABEL } from '../../lib/format.ts';

/** Pure shaping for the sanctions & export controls view. */

/** Trade measures of one kind, newest first (by the earliest day their date can denote). */
export function measuresOfKind(all: readonly TradeMeasure[], kind: TradeMeasure['kind']): TradeMeasure[] {
  return all
    .filter((m) => m.kind === kind)
    .sort((a, b) => b.date.start.localeCompare(a.date.start) || a.id.localeCompare(b.id));
}

export interface LifecycleStep {
  when: string;
  what: string;
  /** Whether this step had happened by the as-of date: done, maybe (coarse date straddles it) or not yet. */
  reached: 'yes' | 'maybe' | 'no';
}

function reachedBy(earliest: string, latest: string, date: string): LifecycleStep['reached'] {
  if (date < earliest) return 'no';
  return date > latest || earliest === latest ? 'yes' : 'maybe';
}

/**
 * The status of a measure over time as the documents give it: its documented status from its date, then
 * where its time-limited terms end or come up for review. Proposed terms are labelled as such.
 */
export function lifecycle(m: TradeMeasure, date: string): LifecycleStep[] {
  const steps: LifecycleStep[] = [
    {
      when: formatFuzzyDate(m.date),
      what: STATUS_LABEL[m.status],
      reached: reachedBy(m.date.start, m.date.end, date),
    },
  ];
  const t = m.terms;
  if (!t) return steps;
  const hypo = isNotYetInEffect(m.status);
  const prefix = hypo ? 'Would ' : '';
  const end = termsEnd(t, m.date);
  if (end) {
    steps.push({
      when: formatDaySpan(end),
      what: end.explicit
        ? `${hypo ? 'Would end' : 'Ends'} (${t.description})`
        : `${prefix}${hypo ? 'end' : 'Ends'} after ${formatDayCount(t.durationDays ?? 0)}`,
      reached: reachedBy(end.earliest, end.latest, date),
    });
  } else if (t.durationDays !== undefined) {
    const first = {
      earliest: addDays(m.date.start, t.durationDays),
      latest: addDays(m.date.end, t.durationDays),
    };
    steps.push({
      when: formatDaySpan(first),
      what: `${hypo ? 'Would come' : 'Comes'} up for its first review after ${formatDayCount(t.durationDays)}`,
      reached: reachedBy(first.earliest, first.latest, date),
    });
  }
  if (t.reviewEveryDays !== undefined) {
    steps.push({
      when: 'then',
      what: `${hypo ? 'Would be reviewed' : 'Reviewed'} every ${formatDayCount(t.reviewEveryDays)}`,
      reached: 'no',
    });
  }
  return steps;
}

/** A one-line answer to "what was it on the as-of date?" for screen readers and the card header. */
export function stateSentence(s: StatusOnDate, label: string): string {
  return s.withinDateSpan && s.state !== 'possibly-in-force'
    ? `${label} (its date is only known roughly)`
    : label;
}

/** What a figure measures, so unlike figures are never shown side by side. */
export type MetricTopic = 'trade-energy' | 'ranks' | 'war' | 'counts';

export const METRIC_TOPIC_HEADING: Record<MetricTopic, string> = {
  'trade-energy': 'Trade and energy',
  ranks: 'Rankings the documents state',
  war: 'War losses, as reported',
  counts: 'Other counts',
};

/** The topic of a figure, decided by its unit: money, volumes and shares are trade and energy; people are war losses. */
export function metricTopic(m: Pick<Metric, 'unit'>): MetricTopic {
  switch (m.unit) {
    case 'usd':
    case 'barrels-per-day':
    case 'percent':
      return 'trade-energy';
    case 'rank':
      return 'ranks';
    case 'people':
      return 'war';
    case 'count':
      return 'counts';
  }
}

export interface MetricGroup {
  topic: MetricTopic;
  metrics: Metric[];
}

/**
 * Figures grouped by what they measure, trade and energy first; war losses and rankings are kept apart from
 * them. Within a group, figures of one series stay together in time order.
 */
export function metricGroups(metrics: readonly Metric[]): MetricGroup[] {
  const order: MetricTopic[] = ['trade-energy', 'ranks', 'war', 'counts'];
  return order
    .map((topic) => ({
      topic,
      metrics: metrics
        .filter((m) => metricTopic(m) === topic)
        .sort(
          (a, b) =>
            (a.series ?? '~').localeCompare(b.series ?? '~') ||
            a.period.start.localeCompare(b.period.start) ||
            a.id.localeCompare(b.id),
        ),
    }))
    .filter((g) => g.metrics.length > 0);
}

/**
 * One sentence for the chart: how many measures are shown, by whom on whom, and over which years.
 * `pair` names an imposer → target pair.
 */
export function barsSummary(
  measures: readonly TradeMeasure[],
  pair: (imposerId: string, targetId: string) => string,
): string {
  if (measures.length === 0) return 'No measure matches the filters.';
  const byPair = new Map<string, { label: string; sanction: number; control: number; newest: string }>();
  for (const m of measures) {
    const k = directionKey(m);
    const e = byPair.get(k) ?? { label: pair(m.imposerId, m.targetId), sanction: 0, control: 0, newest: '' };
    if (m.kind === 'sanction') e.sanction += 1;
    else e.control += 1;
    if (m.date.start > e.newest) e.newest = m.date.start;
    byPair.set(k, e);
  }
  const count = (n: number, one: string, many: string) => (n ? `${n} ${n === 1 ? one : many}` : '');
  const parts = [...byPair.values()]
    .sort((a, b) => b.newest.localeCompare(a.newest))
    .map(
      (e) =>
        `${e.label}: ${[
          count(e.control, 'export control', 'export controls'),
          count(e.sanction, 'sanction', 'sanctions'),
        ]
          .filter(Boolean)
          .join(' and ')}`,
    );
  const years = measures.map((m) => m.date.start.slice(0, 4)).sort();
  const span = years[0] === years[years.length - 1] ? years[0] : `${years[0]}–${years[years.length - 1]}`;
  return `${measures.length} measure${measures.length === 1 ? '' : 's'} dated ${span}. ${parts.join('; ')}.`;
}

/**
 * "2 in force, 4 in force when last documented (over a year earlier), 4 not (yet) in force": the state of all
 * measures on D. Each state is counted under its own name: a measure last documented in force years before D
 * is not "lapsed", and a suspended one is not "in force".
 */
export function stateTally(states: readonly StatusOnDate[]): string {
  const n = { yes: 0, possibly: 0, stale: 0, notYet: 0, suspended: 0, ended: 0 };
  for (const s of states) {
    if (s.state === 'in-force') n.yes += 1;
    else if (
      s.state === 'possibly-in-force' ||
      s.state === 'possibly-superseded' ||
      s.state === 'possibly-lapsed'
    )
      n.possibly += 1;
    else if (s.state === 'last-documented-in-force') n.stale += 1;
    else if (s.state === 'not-yet' || s.state === 'not-in-force') n.notYet += 1;
    else if (s.state === 'suspended') n.suspended += 1;
    else n.ended += 1;
  }
  return [
    `${n.yes} in force`,
    n.possibly ? `${n.possibly} possibly in force (dates known only roughly)` : '',
    n.stale ? `${n.stale} in force when last documented (over a year earlier)` : '',
    n.notYet ? `${n.notYet} not (yet) in force` : '',
    n.suspended ? `${n.suspended} suspended` : '',
    n.ended ? `${n.ended} lapsed, lifted, expired or superseded` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
