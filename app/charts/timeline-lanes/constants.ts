import { EVENT_STATUS_LABEL, STATUS_LABEL } from '../../lib/format.ts';
import type { TimelineKind } from './build-lanes.ts';

/** Human name of each record kind on the timeline. */
export const KIND_LABEL: Record<TimelineKind, string> = {
  tariff: 'Tariff measure',
  sanction: 'Sanction',
  'export-control': 'Export control',
  meeting: 'Meeting',
  call: 'Call',
  visit: 'Visit',
  negotiation: 'Negotiation',
  summit: 'Summit',
  statement: 'Statement',
  cancellation: 'Cancellation',
  election: 'Election',
};

/** A glyph per kind, so kinds are told apart without colour (decorative: marks carry full labels). */
export const KIND_GLYPH: Record<TimelineKind, string> = {
  tariff: '%',
  sanction: 'S',
  'export-control': 'E',
  meeting: 'M',
  call: 'C',
  visit: 'V',
  negotiation: 'N',
  summit: '★',
  statement: '”',
  cancellation: '✕',
  election: '☑',
};

/** Human name of every status a timeline record can have (measure and event statuses). */
export const TIMELINE_STATUS_LABEL: Record<string, string> = { ...STATUS_LABEL, ...EVENT_STATUS_LABEL };

/** Line style per status (the border of a mark), described for the legend: never colour alone. */
export const STATUS_STYLE: {
  statuses: string[];
  style: 'solid' | 'dashed' | 'dotted' | 'double' | 'struck';
  label: string;
}[] = [
  { statuses: ['in-force', 'held'], style: 'solid', label: 'Solid: in force / held' },
  {
    statuses: ['threatened', 'announced', 'planned'],
    style: 'dashed',
    label: 'Dashed: threatened, announced or planned',
  },
  { statuses: ['proposed'], style: 'dotted', label: 'Dotted: proposed (draft)' },
  {
    statuses: ['suspended', 'lifted', 'expired'],
    style: 'double',
    label: 'Thick: suspended, lifted or expired',
  },
  { statuses: ['cancelled', 'collapsed'], style: 'struck', label: 'Struck through: cancelled or collapsed' },
];

export function statusStyle(status: string): string {
  return STATUS_STYLE.find((s) => s.statuses.includes(status))?.style ?? 'solid';
}
