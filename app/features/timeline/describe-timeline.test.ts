import { describe, expect, it } from 'vitest';
import type { Lane, PlacedItem } from '../../charts/timeline-lanes/build-lanes.ts';
import { day } from '../../data/test-factories.ts';
import { markLabel, timelineSummary, timelineTable } from './describe-timeline.ts';

function placed(over: Partial<PlacedItem>): PlacedItem {
  const date = day('2025-11-01');
  return {
    id: 'tm-x',
    collection: 'tariffMeasures',
    kind: 'tariff',
    title: '100% threatened',
    status: 'threatened',
    date,
    start: Date.parse('2025-11-01'),
    end: Date.parse('2025-11-02'),
    exact: true,
    actorIds: ['us', 'china'],
    laneKey: 'us|china',
    flag: null,
    x0: 0.5,
    x1: 0.51,
    clippedStart: false,
    clippedEnd: false,
    row: 0,
    ...over,
  };
}

describe('mark labels', () => {
  it('name the kind, title, date and status, and end with the action', () => {
    expect(markLabel(placed({}), null)).toBe(
      'Tariff measure: 100% threatened, 2025-11-01, Threatened. Open source',
    );
  });
  it('say what the measure was on the as-of date', () => {
    const label = markLabel(placed({}), {
      date: '2025-11-02',
      status: { date: '2025-11-02', state: 'not-in-force', documented: 'threatened', withinDateSpan: false },
    });
    expect(label).toContain('on 2 Nov 2025: not in force');
  });
  it('flag ambiguous records', () => {
    expect(markLabel(placed({ flag: 'ambiguous' }), null)).toContain('; ambiguous');
  });
});

describe('summary and table', () => {
  const lane: Lane = {
    key: 'us|china',
    actorIds: ['us', 'china'],
    rows: 1,
    items: [placed({}), placed({ id: 'b', exact: false, start: 0 })],
  };
  it('counts records, lanes and spans', () => {
    const s = timelineSummary([lane], { from: '2025-10-01', to: '2025-11-30' }, '2025-11-02');
    expect(s).toMatch(/^2 records in 1 lane between 1 Oct 2025 and 30 Nov 2025; 1 with coarse dates/);
    expect(s).toContain('as-of date, 2 Nov 2025');
  });
  it('lists rows in time order with their record ids', () => {
    const t = timelineTable([lane], () => 'US–China');
    expect(t.recordIds).toEqual(['b', 'tm-x']);
    expect(t.rows[1]).toContain('US–China');
  });
});

describe('events and the as-of date', () => {
  it('say when an event had not happened yet on the as-of date', () => {
    const ev = placed({
      id: 'ev',
      collection: 'events',
      kind: 'meeting',
      title: 'leaders meeting',
      status: 'held',
    });
    expect(markLabel(ev, { date: '2025-10-01', status: undefined })).toContain('; not yet on 1 Oct 2025');
    expect(markLabel(ev, { date: '2025-12-01', status: undefined })).not.toContain('not yet');
  });
});

describe('tariffText', () => {
  it('does not repeat a rate the label already states, and adds it when the label does not', async () => {
    const { tariffText } = await import('./describe-timeline.ts');
    expect(tariffText({ rate: 57, label: 'US tariffs before the draft: 57% (basis not stated)' })).toBe(
      'US tariffs before the draft: 57% (basis not stated)',
    );
    expect(tariffText({ rate: 20, label: 'US tariff on steel' })).toBe('20% US tariff on steel');
  });
});

describe('splitOnDate', () => {
  it('lists what applied apart from terms that did not apply, and leaves out what was not dated yet', async () => {
    const { splitOnDate } = await import('./describe-timeline.ts');
    const at = (
      id: string,
      start: string,
      state: import('../../data/status.ts').AsOfState,
      terms = false,
    ) => ({
      m: { id, date: { start } },
      s: {
        date: 'd',
        state,
        documented: 'in-force' as const,
        withinDateSpan: false,
        ...(terms ? { terms: { description: 't', hypothetical: false, phase: 'lapsed' as const } } : {}),
      },
    });
    const { applied, otherTerms } = splitOnDate([
      at('old', '2024-01-01', 'in-force'),
      at('new', '2025-01-01', 'possibly-in-force'),
      at('draft', '2025-02-01', 'not-in-force', true),
      at('later', '2026-01-01', 'not-yet', true),
      at('plain-threat', '2025-03-01', 'not-in-force'),
    ]);
    expect(applied.map((x) => x.m.id)).toEqual(['new', 'old']);
    expect(otherTerms.map((x) => x.m.id)).toEqual(['draft']);
  });
});

describe('filtersSummary', () => {
  it('says what the folded panel holds and how many filters are on', async () => {
    const { filtersSummary } = await import('./describe-timeline.ts');
    expect(filtersSummary(0)).toBe('Filter by kind, actor or status (showing everything)');
    expect(filtersSummary(2)).toBe('Filter by kind, actor or status (2 on)');
  });
});
