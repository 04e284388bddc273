import type { Lane, TimelineItem, TimeRange } from '../../charts/timeline-lanes/build-lanes.ts';
import { KIND_LABEL, TIMELINE_STATUS_LABEL } from '../../charts/timeline-lanes/constants.ts';
import { appliesOn, type StatusOnDate } from '../../data/status.ts';
import { AS_OF_STATE_LABEL, formatFuzzyDate, formatIsoDate, describePrecision } from '../../lib/format.ts';
import type { TableData } from '../../components/data-table.tsx';

/** Pure text for the timeline view: mark labels, the one-line summary and the table alternative. */

export function statusLabel(status: string): string {
  return TIMELINE_STATUS_LABEL[status] ?? status;
}

/** A tariff as listed: its label when that states the rate (the shipped data's do), else the rate first. */
export function tariffText(m: { rate: number; label: string }): string {
  const rate = `${m.rate}%`;
  return m.label.includes(rate) ? m.label : `${rate} ${m.label}`;
}

/** Lane name from actor short names: "US–China". */
export function laneName(lane: Pick<Lane, 'actorIds'>, shortName: (id: string) => string): string {
  return lane.actorIds.map(shortName).join('–');
}

/** Accessible (and tooltip) label of a mark: kind, title, date, status, its state on the as-of date, flags. */
export function markLabel(
  item: TimelineItem,
  asOf: { date: string; status: StatusOnDate | undefined } | null,
): string {
  const parts = [
    `${KIND_LABEL[item.kind]}: ${item.title}`,
    formatFuzzyDate(item.date),
    statusLabel(item.status),
  ];
  let text = parts.join(', ');
  if (asOf) {
    if (asOf.status)
      text += `; on ${formatIsoDate(asOf.date)}: ${AS_OF_STATE_LABEL[asOf.status.state].toLowerCase()}`;
    else if (asOf.date < item.date.start) text += `; not yet on ${formatIsoDate(asOf.date)}`;
  }
  if (item.flag) text += item.flag === 'conflict' ? '; documents conflict' : '; ambiguous';
  return `${text}. Open source`;
}

/** One plain sentence on what the chart shows. */
export function timelineSummary(lanes: Lane[], range: TimeRange, asOf: string | null): string {
  const items = lanes.flatMap((l) => l.items);
  const spans = items.filter((i) => !i.exact).length;
  const base =
    items.length === 0
      ? `No records match the filters between ${formatIsoDate(range.from)} and ${formatIsoDate(range.to)}.`
      : `${items.length} records in ${lanes.length} ${lanes.length === 1 ? 'lane' : 'lanes'} between ${formatIsoDate(range.from)} and ${formatIsoDate(range.to)}; ${spans} with coarse dates are drawn as spans, exact days as round markers.`;
  return asOf ? `${base} The vertical line marks the as-of date, ${formatIsoDate(asOf)}.` : base;
}

/** The rows behind the chart, in time order, with the lane each sits in. */
export function timelineTable(lanes: Lane[], laneLabel: (l: Lane) => string): TableData {
  const rows = lanes
    .flatMap((l) => l.items.map((i) => ({ i, lane: laneLabel(l) })))
    .sort((a, b) => a.i.start - b.i.start || a.i.id.localeCompare(b.i.id));
  return {
    columns: ['Date', 'Date precision', 'Lane', 'Kind', 'Record', 'Status'],
    rows: rows.map(({ i, lane }) => [
      formatFuzzyDate(i.date),
      describePrecision(i.date),
      lane,
      KIND_LABEL[i.kind],
      i.title,
      statusLabel(i.status),
    ]),
    recordIds: rows.map(({ i }) => i.id),
  };
}

/**
 * Measures on a date, split for the "In force on" panel: those that applied (or possibly applied), and those
 * that did not but have time-limited terms worth reading (a proposed suspension, a window that has lapsed).
 * Before a record's own date it is in neither list. Newest first.
 */
export function splitOnDate<T extends { m: { date: { start: string } }; s: StatusOnDate | undefined }>(
  xs: readonly T[],
): { applied: T[]; otherTerms: T[] } {
  const newestFirst = [...xs].sort((a, b) => b.m.date.start.localeCompare(a.m.date.start));
  return {
    applied: newestFirst.filter((x) => x.s && appliesOn(x.s) !== 'no'),
    otherTerms: newestFirst.filter(
      (x) => x.s && appliesOn(x.s) === 'no' && x.s.terms && x.s.state !== 'not-yet',
    ),
  };
}

/** The line a folded filter panel shows: "Filter by kind, actor or status" and how many are on. */
export function filtersSummary(on: number): string {
  return on === 0
    ? 'Filter by kind, actor or status (showing everything)'
    : `Filter by kind, actor or status (${on} on)`;
}
