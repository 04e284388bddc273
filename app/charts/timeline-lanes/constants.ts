import { EVENT_STATUS_LABEL, STATUS_LABEL } from '../../lib/format.ts';

/** Human name of each record kind on the timeline (from the one symbol set). */
export { KIND_LABEL } from '../shared/event-kinds.ts';

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
