import { describe, expect, it } from 'vitest';
import type { Dataset, DiplomaticEvent } from '../../data/schema.ts';
import { daysBetween } from '../../lib/dates.ts';
import {
  day,
  makeDataset,
  makeEvent as baseEvent,
  makeTariff,
  span as spanOf,
  shippedDataset,
} from '../../data/test-factories.ts';
import {
  busiestYear,
  filterItems,
  laneKeyOf,
  layoutLanes,
  positionInRange,
  quickRanges,
  resolveRange,
  timelineItems,
  timeTicks,
  zoomRange,
  type PlacedItem,
} from './build-lanes.ts';

const shipped = shippedDataset();

const span = (start: string, end: string) => spanOf(start, end, 'month', 'x');
const makeEvent = (over: Partial<DiplomaticEvent>) =>
  baseEvent({ kind: 'meeting', title: 'a meeting', date: day('2025-10-30'), ...over });

function dataset(): Dataset {
  const d = makeDataset({
    tariffs: [
      makeTariff({ id: 'tm-1', date: day('2025-04-09') }),
      makeTariff({ id: 'tm-2', imposerId: 'china', targetId: 'us', date: span('2025-03-01', '2025-05-31') }),
    ],
  });
  d.actors.push(
    {
      id: 'trump',
      name: 'Trump',
      shortName: 'Trump',
      kind: 'person',
      countryId: 'us',
      aliases: [],
      evidence: [{ sourceId: 'src-a', quote: 'q' }],
      notes: [],
    },
    {
      id: 'russia',
      name: 'Russia',
      shortName: 'Russia',
      kind: 'country',
      aliases: [],
      evidence: [{ sourceId: 'src-a', quote: 'q' }],
      notes: [],
    },
  );
  d.events = [
    makeEvent({ id: 'ev-call', kind: 'call', partyIds: ['trump', 'russia'], date: day('2025-10-10') }),
    makeEvent({
      id: 'ev-cancel',
      kind: 'statement',
      partyIds: ['trump'],
      cancelsId: 'ev-call',
      date: day('2025-10-12'),
    }),
    makeEvent({ id: 'ev-old', kind: 'election', partyIds: ['us'], date: span('2016-01-01', '2016-12-31') }),
  ];
  return d;
}

describe('timeline items', () => {
  const items = timelineItems(dataset());

  it('puts every record kind on one axis, people mapped to their country, pairs unordered', () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('tm-1')?.laneKey).toBe('us|china');
    expect(byId.get('tm-2')?.laneKey).toBe('us|china');
    expect(byId.get('ev-call')?.laneKey).toBe('us|russia');
    expect(byId.get('ev-cancel')).toMatchObject({ kind: 'cancellation', laneKey: 'us' });
    expect(laneKeyOf(['russia', 'us'])).toBe(laneKeyOf(['us', 'russia']));
  });

  it('draws exact days as markers and coarse dates as spans', () => {
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('tm-1')?.exact).toBe(true);
    expect(byId.get('tm-2')?.exact).toBe(false);
  });

  it('filters by kind, status and actor (either party)', () => {
    expect(
      filterItems(items, { actors: [], kinds: ['tariff'], statuses: [] })
        .map((i) => i.id)
        .sort(),
    ).toEqual(['tm-1', 'tm-2']);
    expect(filterItems(items, { actors: ['russia'], kinds: [], statuses: [] }).map((i) => i.id)).toEqual([
      'ev-call',
    ]);
    expect(filterItems(items, { actors: [], kinds: [], statuses: ['held'] })).toHaveLength(3);
  });
});

describe('ranges', () => {
  const items = timelineItems(dataset());

  it('defaults to the busiest year so it is not a sliver, and quick ranges reach back to the oldest record', () => {
    expect(busiestYear(items)).toBe(2025);
    expect(resolveRange(items, null, null)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const all = quickRanges(items).find((r) => r.id === 'all');
    expect(all).toMatchObject({ label: 'All (2016–)', from: '2016-01-01' });
  });

  it('swaps a reversed from/to instead of drawing nothing', () => {
    expect(resolveRange(items, '2025-12-01', '2025-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-01' });
  });

  it('zooms around the centre and never below two weeks', () => {
    const r = zoomRange({ from: '2025-01-01', to: '2025-12-31' }, 0.5);
    expect(r.from > '2025-03-01' && r.to < '2025-10-31').toBe(true);
    const tiny = zoomRange({ from: '2025-06-01', to: '2025-06-02' }, 0.1);
    expect(daysBetween(tiny.from, tiny.to)).toBeGreaterThanOrEqual(12);
  });

  it('ticks months for a year and years for a decade', () => {
    expect(timeTicks({ from: '2025-01-01', to: '2025-12-31' }).every((t) => t.unit === 'month')).toBe(true);
    const decade = timeTicks({ from: '2015-01-01', to: '2025-12-31' });
    expect(decade.every((t) => t.unit === 'year')).toBe(true);
    expect(decade[0]?.x).toBe(0);
  });

  it('places a date within a range, or nowhere when outside it', () => {
    expect(positionInRange('2025-07-02', { from: '2025-01-01', to: '2025-12-31' })).toBeCloseTo(0.5, 1);
    expect(positionInRange('2026-11-26', { from: '2025-01-01', to: '2025-12-31' })).toBeNull();
  });
});

describe('lane layout', () => {
  it('keeps only records overlapping the range, clips spans and packs overlapping marks into rows', () => {
    const items = timelineItems(dataset());
    const lanes = layoutLanes(items, { from: '2025-04-01', to: '2025-04-30' });
    expect(lanes.map((l) => l.key)).toEqual(['us|china']);
    const [lane] = lanes;
    expect(lane?.rows).toBe(2);
    const spanItem = lane?.items.find((i) => i.id === 'tm-2');
    expect(spanItem).toMatchObject({ x0: 0, x1: 1, clippedStart: true, clippedEnd: true });
  });

  it('orders the preferred actor pairs first', () => {
    const lanes = layoutLanes(timelineItems(shipped), { from: '2015-01-01', to: '2025-12-31' });
    expect(lanes.slice(0, 3).map((l) => l.key)).toEqual(['us|china', 'us|russia', 'china|russia']);
  });
});

describe('the shipped dataset', () => {
  const items = timelineItems(shipped);
  const octNov = quickRanges(items).find((r) => r.id === 'oct-nov-2025');

  it('defaults to 2025 and the Oct–Nov 2025 range shows the rare-earth controls, the tariff threat, the leaders’ meeting and the new oil sanctions', () => {
    expect(busiestYear(items)).toBe(2025);
    const lanes = layoutLanes(items, octNov ?? { from: '', to: '' });
    const ids = lanes.flatMap((l) => l.items.map((i) => i.id));
    const threat = shipped.tariffMeasures.find((t) => t.status === 'threatened');
    const controls = shipped.tradeMeasures.find(
      (m) => m.kind === 'export-control' && m.status === 'in-force' && m.date.start >= '2025-10-01',
    );
    const oil = shipped.tradeMeasures.find((m) => m.kind === 'sanction' && m.date.start >= '2025-10-01');
    const meeting = shipped.events.find(
      (e) => e.kind === 'meeting' && e.status === 'held' && e.date.start >= '2025-10-01',
    );
    for (const r of [threat, controls, oil, meeting]) expect(ids).toContain(r?.id);
  });

  it('includes every tariff, trade measure and event exactly once', () => {
    expect(items).toHaveLength(
      shipped.tariffMeasures.length + shipped.tradeMeasures.length + shipped.events.length,
    );
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });
});

describe('geometry', () => {
  it('stacks lanes under the axis, each tall enough for its rows', async () => {
    const { laneBoxes, GEOMETRY } = await import('./geometry.ts');
    const lanes = [
      { key: 'a', actorIds: ['a'], items: [], rows: 1 },
      { key: 'b', actorIds: ['b'], items: [], rows: 3 },
    ];
    const { boxes, height } = laneBoxes(lanes);
    expect(boxes[0]?.y).toBe(GEOMETRY.axisHeight);
    expect(boxes[1]?.y).toBe(GEOMETRY.axisHeight + (boxes[0]?.height ?? 0));
    expect(boxes[1]?.height).toBe(3 * GEOMETRY.rowHeight + 2 * GEOMETRY.lanePad);
    expect(height).toBe((boxes[1]?.y ?? 0) + (boxes[1]?.height ?? 0) + 1);
  });

  it('fits labels into the space they have', async () => {
    const { fitText } = await import('./geometry.ts');
    expect(fitText('US–China leaders’ meeting', 63)).toBe('US–China…');
    expect(fitText('short', 200)).toBe('short');
    expect(fitText('anything', 10)).toBe('');
  });
});

describe('mark text and placement', () => {
  it('leads a tariff mark with its rate and drops the rate the title repeats', async () => {
    const { markText } = await import('./build-lanes.ts');
    expect(
      markText({ title: 'US tariffs under the draft agreement: 47% (proposed; basis not stated)', rate: 47 }),
    ).toBe('47% · US tariffs under the draft agreement (proposed; basis not stated)');
    expect(markText({ title: 'Leaders meet' })).toBe('Leaders meet');
  });

  it('labels exact days and narrow spans beside the mark and packs rows so no labels overlap', async () => {
    const { placeMarks } = await import('./geometry.ts');
    const base = {
      collection: 'events' as const,
      kind: 'meeting' as const,
      status: 'held',
      actorIds: ['us', 'china'],
      laneKey: 'us|china',
      flag: null,
      start: 0,
      end: 0,
      date: {
        start: '2025-01-01',
        end: '2025-01-01',
        precision: 'day' as const,
        label: '1 Jan 2025',
        inferred: false,
      },
      clippedStart: false,
      clippedEnd: false,
      row: 0,
    };
    const items: PlacedItem[] = [
      {
        ...base,
        id: 'a',
        title: 'A long title that needs room beside its marker',
        exact: true,
        x0: 0.1,
        x1: 0.1,
      },
      { ...base, id: 'b', title: 'Second', exact: true, x0: 0.15, x1: 0.15 },
      { ...base, id: 'c', title: 'Wide span', exact: false, x0: 0.5, x1: 0.9 },
    ];
    const { lanes, marks } = placeMarks(
      [{ key: 'us|china', actorIds: ['us', 'china'], items, rows: 1 }],
      1000,
      (i) => i.title,
    );
    const a = marks.get('a');
    const b = marks.get('b');
    const c = marks.get('c');
    expect(a?.labelInside).toBe(false);
    expect(a?.label).toBe('A long title that needs room beside its marker');
    expect(b?.row).not.toBe(a?.row);
    expect(c).toMatchObject({ labelInside: true, label: 'Wide span', row: 0 });
    expect(lanes[0]?.rows).toBe(2);
  });
});

describe('timeline marks bounded by the pixels, not the record count', () => {
  it('on 10k realistic records keeps each lane to its rows and bins the rest per column, every record once', async () => {
    const { generateRealisticDataset } = await import('../../../scripts/bench/generate-dataset.ts');
    const { placeMarks, MAX_LANE_ROWS, LANE_BIN_PX } = await import('./geometry.ts');
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    const items = timelineItems(data);
    const lanes = layoutLanes(items, resolveRange(items, null, null), 0.035);
    const tw = 1000;
    const { lanes: placed, marks, bins } = placeMarks(lanes, tw, (i) => i.title);
    expect(bins.length).toBeGreaterThan(0);
    for (const lane of placed) {
      expect(lane.rows).toBeLessThanOrEqual(MAX_LANE_ROWS + 1);
      expect(bins.filter((b) => b.laneKey === lane.key).length).toBeLessThanOrEqual(tw / LANE_BIN_PX + 1);
    }
    const binned = bins.flatMap((b) => b.items.map((i) => i.id));
    const all = lanes.flatMap((l) => l.items.map((i) => i.id));
    expect(new Set(binned).size).toBe(binned.length);
    expect(binned.every((id) => !marks.has(id))).toBe(true);
    expect(marks.size + binned.length).toBe(all.length);
  });
});
