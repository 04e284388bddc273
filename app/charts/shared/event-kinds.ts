import { TIMELINE_KINDS } from '../../data/selectors.ts';
import type { MarkerShape } from '../tariff-steps/markers.ts';

/** Every kind a record can be drawn as on the timeline or the events lane (the timeline's kinds). */
export type EventKind = (typeof TIMELINE_KINDS)[number];

/**
 * THE ONE SYMBOL SET for record kinds: its name and its marker shape. The events lane under the escalation
 * chart, the timeline's marks, both their keys and the timeline's kind filter all draw a kind from here, so a
 * kind looks the same in every view (shapes, so they read without colour and in greyscale). Shapes differ
 * from kind to kind; a unit test keeps them distinct.
 */
export const EVENT_KINDS: Record<EventKind, { label: string; shape: MarkerShape }> = {
  tariff: { label: 'Tariff measure', shape: 'hexagon' },
  sanction: { label: 'Sanction', shape: 'square' },
  'export-control': { label: 'Export control', shape: 'triangle' },
  meeting: { label: 'Meeting', shape: 'circle' },
  call: { label: 'Call', shape: 'ring' },
  visit: { label: 'Visit', shape: 'plus' },
  negotiation: { label: 'Negotiation', shape: 'diamond' },
  summit: { label: 'Summit', shape: 'star' },
  statement: { label: 'Statement', shape: 'bar' },
  cancellation: { label: 'Cancellation', shape: 'cross' },
  election: { label: 'Election', shape: 'triangle-down' },
};

/** Human name of each kind. */
export const KIND_LABEL = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, EVENT_KINDS[k].label])) as Record<
  EventKind,
  string
>;

/** The marker shape of a kind. */
export function kindShape(kind: EventKind): MarkerShape {
  return EVENT_KINDS[kind].shape;
}
