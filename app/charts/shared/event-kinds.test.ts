import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS } from '../../data/selectors.ts';
import { LANE_KIND_ROW } from '../events-lane/build-lane.ts';
import { markerPath } from '../tariff-steps/markers.ts';
import { EVENT_KINDS, KIND_LABEL, kindShape } from './event-kinds.ts';

describe('one symbol set for record kinds', () => {
  it('gives every timeline kind and every events-lane kind a drawable shape and a name from one map', () => {
    const laneKinds = Object.keys(LANE_KIND_ROW) as (keyof typeof LANE_KIND_ROW)[];
    for (const k of [...TIMELINE_KINDS, ...laneKinds]) {
      expect(EVENT_KINDS[k], k).toBeDefined();
      expect(markerPath(kindShape(k), 6), k).toMatch(/^M/);
      expect(KIND_LABEL[k], k).toBe(EVENT_KINDS[k].label);
    }
    // The lane draws the timeline's kinds (tariffs are its lines), so a lane kind is a timeline kind.
    for (const k of laneKinds) expect(TIMELINE_KINDS as readonly string[]).toContain(k);
  });

  it('never gives two kinds the same shape, so a shape names one kind in every view', () => {
    const shapes = TIMELINE_KINDS.map(kindShape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
