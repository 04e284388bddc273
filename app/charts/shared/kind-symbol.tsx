import { isHollow, markerPath } from '../tariff-steps/markers.ts';
import { kindShape, type EventKind } from './event-kinds.ts';
import './kind-symbol.css';

/**
 * A kind's marker (from the one symbol set, event-kinds.ts), drawn in an SVG at (x, y): the events lane, the
 * timeline and their keys all draw kinds through this, so the same kind is the same shape everywhere.
 */
export function KindMarker({
  kind,
  x = 0,
  y = 0,
  r = 6,
}: {
  kind: EventKind;
  x?: number;
  y?: number;
  r?: number;
}) {
  const shape = kindShape(kind);
  return (
    <path
      d={markerPath(shape, r)}
      transform={`translate(${x},${y})`}
      className={isHollow(shape) ? 'kind-marker hollow' : 'kind-marker'}
    />
  );
}

/** A kind's marker as a small inline picture, for keys, legends and the timeline's kind filter. */
export function KindSwatch({ kind }: { kind: EventKind }) {
  return (
    <svg width="18" height="18" aria-hidden="true" className="legend-swatch kind-swatch">
      <KindMarker kind={kind} x={9} y={9} />
    </svg>
  );
}
