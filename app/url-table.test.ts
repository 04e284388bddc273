import { TIMELINE_KINDS } from './data/selectors.ts';
import { describe, expect, it } from 'vitest';
import { MY_STEP } from './scenarios/test-fixtures.ts';
import { shippedDataset } from './data/test-factories.ts';
import {
  decodeTable,
  encodeTable,
  migrateLink,
  readLinkVersion,
  storeRows,
  unknownIds,
  URL_VERSION,
  type StoreRows,
  type UrlStore,
} from './lib/url-params.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from './state/view-state.ts';
import type { Dataset } from './data/schema.ts';
import {
  DEFAULT_SCENARIO_URL_STATE,
  SCENARIO_PARAM_NAMES,
  type ScenarioUrlState,
} from './scenarios/codec.ts';
import { DECK_ROWS, SCENARIO_ROWS, URL_MIGRATIONS, URL_TABLE, VIEW_ROWS } from './url-table.ts';
import { decodeDeckParam, deckShareLink, MAX_LINK_LENGTH, type Slide } from './briefing/deck.ts';

/** A store holding `state`, recording what a link applied. */
function fakeStore<S>(name: string, state: S): UrlStore<S> & { state: S } {
  const store = {
    name,
    state,
    get: () => store.state,
    apply: (values: Partial<S>) => {
      store.state = { ...state, ...values };
      return [];
    },
    patch: (values: Partial<S>) => {
      store.state = { ...store.state, ...values };
    },
    subscribe: () => () => {},
  };
  return store;
}

function views(state: Partial<ViewState> = {}) {
  const store = fakeStore<ViewState>('view', { ...DEFAULT_VIEW_STATE, ...state });
  return { store, table: [storeRows(store, VIEW_ROWS)] as StoreRows<Dataset>[] };
}

function scenarios(state: Partial<ScenarioUrlState> = {}) {
  const store = fakeStore<ScenarioUrlState>('scenarios', { ...DEFAULT_SCENARIO_URL_STATE, ...state });
  return { store, table: [storeRows(store, SCENARIO_ROWS)] as StoreRows<Dataset>[] };
}

const decode = (table: StoreRows<Dataset>[], query: string) => {
  const r = decodeTable(table, new URLSearchParams(query), ['v', 'd']);
  return { values: r.stores[0]!.values, present: r.stores[0]!.present, problems: r.problems };
};

const mine = MY_STEP;

describe('the URL parameter table', () => {
  it('names every parameter once, across stores', () => {
    const names = URL_TABLE.flatMap((s) => s.rows.map((r) => r.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('v');
    expect(names).not.toContain('d');
  });

  it('the scenario rows are the parameters that make a link define the scenario state', () => {
    expect(SCENARIO_ROWS.map((r) => r.name)).toEqual([...SCENARIO_PARAM_NAMES]);
  });

  it('writes nothing for the default view and scenario state, so the plain link stays clean', () => {
    expect(encodeTable(views().table).toString()).toBe('');
    expect(encodeTable(scenarios().table).toString()).toBe('');
  });

  it('round-trips a full view state', () => {
    const s: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'negotiations',
      asOf: '2025-10-15',
      recordId: 'tm-us-china-spring',
      rounds: ['ev-london', 'ev-busan'],
      tlKinds: ['sanction'],
    };
    const r = decode(views().table, encodeTable(views(s).table).toString());
    expect(r.problems).toEqual([]);
    expect({ ...DEFAULT_VIEW_STATE, ...r.values }).toEqual(s);
  });

  it('round-trips the scenario state, including labels with separators', () => {
    const s: ScenarioUrlState = {
      active: ['truce-collapses', 'threat-carried-out'],
      customSteps: [mine, { ...mine, n: 5, basis: 'unspecified', rate: 12.5, label: 'ünïcode ✓' }],
      comparison: ['draft-deal-implemented'],
      dutyValue: 25000,
      dutyDate: '2025-12-01',
      dutyDirection: 'china>us',
    };
    const r = decode(scenarios().table, encodeTable(scenarios(s).table).toString());
    expect(r.problems).toEqual([]);
    expect(r.values).toEqual(s);
  });

  it('drops malformed parts with a message naming each, and keeps the rest', () => {
    const v = decode(views().table, 'view=nope&asOf=2025-02-30&rounds=ok-1,<script>&record=x');
    expect(v.values).toEqual({ rounds: ['ok-1'], recordId: 'x' });
    expect(v.problems.join(' ')).toMatch(/Unknown view "nope"/);
    expect(v.problems.join(' ')).toMatch(/"asOf" in the link is not a date/);
    expect(v.problems.join(' ')).toMatch(/"rounds" .*"<script>"/);
    const s = decode(scenarios().table, 'sc=threat-carried-out,<script>&dv=lots&dd=2025-13-01&dir=us');
    expect(s.values).toEqual({ active: ['threat-carried-out'] });
    expect(s.problems).toHaveLength(4);
  });

  it('reports a repeated parameter and uses its first value', () => {
    const r = decode(views().table, 'asOf=2025-01-01&asOf=2025-06-01');
    expect(r.values.asOf).toBe('2025-01-01');
    expect(r.problems).toEqual([expect.stringContaining('repeats "asOf" (2 values)')]);
  });

  it('names parameters it does not know', () => {
    const r = decode(views().table, 'view=escalation&utm_source=mail&zoom=3');
    expect(r.values.view).toBe('escalation');
    expect(r.problems).toEqual([expect.stringMatching(/"utm_source", "zoom".*does not know/)]);
  });
});

describe('link versions', () => {
  it('reads a missing v as version 1 and the current one without a word', () => {
    expect(readLinkVersion(new URLSearchParams('view=escalation'))).toEqual({ version: 1, problems: [] });
    expect(readLinkVersion(new URLSearchParams(`v=${URL_VERSION}`))).toEqual({
      version: URL_VERSION,
      problems: [],
    });
  });

  it('names a garbage, empty, repeated or future v', () => {
    expect(readLinkVersion(new URLSearchParams('v=abc')).problems[0]).toMatch(/not a version: "abc"/);
    expect(readLinkVersion(new URLSearchParams('v=')).problems[0]).toMatch(/"v" is empty/);
    expect(readLinkVersion(new URLSearchParams('v=99')).problems[0]).toMatch(/version 99, newer/);
    expect(readLinkVersion(new URLSearchParams('v=1&v=2')).problems[0]).toMatch(/repeats "v"/);
  });

  it('opens a version-1 deck link (base64 JSON) as the same slides', () => {
    const v1Slides = [{ title: 'Spring peak', query: 'view=escalation&asOf=2025-05-14', notes: 'Zölle ✓' }];
    const v1 = btoa(
      String.fromCharCode(
        ...new TextEncoder().encode(
          JSON.stringify({
            d: '2026-11-26',
            s: [['Spring peak', 'view=escalation&asOf=2025-05-14', 'Zölle ✓']],
          }),
        ),
      ),
    ).replace(/=+$/, '');
    const migrated = migrateLink(new URLSearchParams(`view=briefing&deck=${v1}`), 1, URL_MIGRATIONS);
    expect(migrated.get('v')).toBe(String(URL_VERSION));
    const r = decodeDeckParam(migrated.get('deck')!);
    expect(r.ok && r.slides).toEqual([
      { ...v1Slides[0], query: 'view=escalation&asOf=2025-05-14&v=1&d=2026-11-26' },
    ]);
  });

  it('has a migration from every older version', () => {
    for (let v = 1; v < URL_VERSION; v++) expect(URL_MIGRATIONS[v]).toBeTypeOf('function');
  });
});

describe('ids the dataset lacks', () => {
  const data = shippedDataset();

  it('are dropped from each parameter with a notice naming them (a record id is kept for the drawer to explain)', () => {
    const v = views({
      recordId: 'no-such-record',
      rounds: [data.events[0]!.id, 'ev-never'],
      negParties: ['atlantis'],
      tlActors: ['us', 'mordor'],
      tlKinds: ['sanction', 'picnic'],
    });
    const r = unknownIds(v.table, data);
    expect(r.patches[0]!.values).toEqual({
      rounds: [data.events[0]!.id],
      negParties: [],
      tlActors: ['us'],
      tlKinds: ['sanction'],
    });
    const text = r.problems.join('\n');
    for (const id of ['ev-never', 'atlantis', 'mordor', 'picnic']) expect(text).toContain(`"${id}"`);
    expect(text).not.toContain('no-such-record');
  });

  it('covers scenario presets and the duty direction', () => {
    const s = scenarios({
      active: ['threat-carried-out', 'moon-tariff'],
      comparison: ['x-1'],
      dutyDirection: 'us>narnia',
    });
    const r = unknownIds(s.table, data);
    expect(r.patches[0]!.values).toEqual({
      active: ['threat-carried-out'],
      comparison: null,
      dutyDirection: null,
    });
    expect(r.problems.join('\n')).toMatch(/"moon-tariff"[\s\S]*"x-1"[\s\S]*"narnia"/);
  });

  it('leave known ids alone, every kind the timeline can filter by included', () => {
    const r = unknownIds(
      views({
        recordId: data.tariffMeasures[0]!.id,
        tlActors: ['us', 'china'],
        tlKinds: [...TIMELINE_KINDS],
      }).table,
      data,
    );
    expect(r).toEqual({ patches: [], problems: [] });
  });
});

describe('deck links', () => {
  const tenSlides: Omit<Slide, 'id'>[] = [
    [
      'Where rates stand',
      'v=2&view=overview&d=2026-11-26',
      'Open with the headline: US on China and China on the US, today.',
    ],
    [
      'Spring peak',
      'v=2&view=escalation&asOf=2025-05-14&d=2026-11-26',
      'Spring peak: 145% and 125%. Point at the Geneva truce and what each side gave up.',
    ],
    [
      'Three rounds',
      'v=2&view=negotiations&rounds=geneva-talks,london-talks,kuala-lumpur-talks&d=2026-11-26',
      'Compare the three rounds; note how long each result held.',
    ],
    [
      'October controls',
      'v=2&view=timeline&tlActors=us,china&tlKinds=export-control,sanction&tlFrom=2025-01-01&tlTo=2025-11-30&d=2026-11-26',
      'Export controls drove the escalation in October; rare earths and chips.',
    ],
    [
      'The 100% threat',
      'v=2&view=scenarios&asOf=2025-11-10&d=2026-11-26&sc=threat-100,deal-implemented',
      'What if the 100% threat had been carried out? Walk through the duty on a $10,000 shipment.',
    ],
    [
      'Russia oil',
      'v=2&view=sanctions&record=us-sanctions-rosneft-lukoil&d=2026-11-26',
      'Russia sanctions: Rosneft and Lukoil; the oil price cap and who buys the barrels now.',
    ],
    [
      'Busan',
      'v=2&view=escalation&asOf=2025-11-01&d=2026-11-26',
      'After Busan: the fentanyl tariff halved, the truce extended by a year.',
    ],
    [
      'Who said what',
      'v=2&view=sources&d=2026-11-26',
      'The five documents: two analyses, a report and two commentaries; one is translated.',
    ],
    [
      'My own what-if',
      'v=2&view=scenarios&cs=1_2026-01-15_us_china_60_h_My%20step*2_2026-03-01_china_us_40_h_Reply&d=2026-11-26',
      'A step of my own: 60% in January, China answers with 40% in March.',
    ],
    [
      'Questions',
      'v=2&view=timeline&tlFrom=2025-09-01&tlTo=2025-12-31&d=2026-11-26',
      'Leave this up for questions; the timeline from September on.',
    ],
  ].map(([title, query, notes]) => ({ title: title!, query: query!, notes: notes! }));

  it('a ten-slide deck with notes is shared in under 2,000 characters, and opens as the same slides', () => {
    const r = deckShareLink('https://dashboard.example.org/', tenSlides);
    expect('link' in r).toBe(true);
    if (!('link' in r)) return;
    expect(r.link.length).toBeLessThan(MAX_LINK_LENGTH);
    const deck = new URL(r.link).searchParams.get('deck')!;
    const back = decodeDeckParam(deck);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.slides.map((s) => [s.title, s.notes])).toEqual(tenSlides.map((s) => [s.title, s.notes]));
    back.slides.forEach((s, i) =>
      expect(Object.fromEntries(new URLSearchParams(s.query))).toEqual(
        Object.fromEntries(new URLSearchParams(tenSlides[i]!.query)),
      ),
    );
  });

  it('a deck too long for a link says so, so it can be offered as a file', () => {
    const long = tenSlides.map((s, i) => ({
      ...s,
      notes: Array.from({ length: 40 }, () => crypto.randomUUID()).join(` ${i} `),
    }));
    const r = deckShareLink('https://dashboard.example.org/', long);
    expect(r).toEqual({ tooLong: expect.any(Number) });
  });

  it('the deck parameter is read once: it is never written back', () => {
    expect(DECK_ROWS.every((r) => r.readOnly)).toBe(true);
  });
});
