import { describe, expect, it } from 'vitest';
import {
  asOfStep,
  decodeDeckParam,
  decodeDeckParamV1,
  defaultSlideTitle,
  encodeDeckParam,
  loadStoredDeck,
  mergeSlides,
  repairSlide,
  newSlideTitle,
  moveSlide,
  slideAfterRemoval,
  serializeDeck,
  slideHeading,
  slideQueryAt,
  slideView,
  stepCount,
  updateSlide,
  type Slide,
} from './deck.ts';

const slide = (id: string, query = 'v=1&view=overview&d=2026-11-26', notes = ''): Slide => ({
  id,
  title: `Slide ${id}`,
  query,
  notes,
});

const typicalDeck: Slide[] = [
  slide(
    's-1',
    'v=1&view=escalation&asOf=2025-05-14&d=2026-11-26',
    'Spring peak: 145% and 125%. Point at the Geneva truce and what each side gave up.',
  ),
  slide(
    's-2',
    'v=1&view=negotiations&rounds=geneva-talks,london-talks,kuala-lumpur-talks&d=2026-11-26',
    'Compare the three rounds; note how long each result held.',
  ),
  slide(
    's-3',
    'v=1&view=timeline&tlActors=us,china&tlKinds=export-control,sanction&tlFrom=2025-01-01&tlTo=2025-11-30&d=2026-11-26',
    'Export controls drove the escalation in October; rare earths.',
  ),
  slide(
    's-4',
    'v=1&view=scenarios&asOf=2025-11-10&d=2026-11-26&sc=threat-100,deal-implemented',
    'What if the 100% threat had been carried out?',
  ),
  slide(
    's-5',
    'v=1&view=sanctions&record=us-sanctions-rosneft-lukoil&d=2026-11-26',
    'Russia sanctions: Rosneft and Lukoil; the oil price cap.',
  ),
];

describe('stored deck', () => {
  it('round-trips', () => {
    expect(loadStoredDeck(serializeDeck(typicalDeck))).toEqual({ ok: true, slides: typicalDeck, aside: [] });
  });
  it('empty storage is an empty deck', () => {
    expect(loadStoredDeck(null)).toEqual({ ok: true, slides: [], aside: [] });
  });
  it('migrates the v0 shape (a bare array)', () => {
    expect(loadStoredDeck(JSON.stringify(typicalDeck))).toEqual({ ok: true, slides: typicalDeck, aside: [] });
  });
  it('rejects broken JSON and invalid shapes, naming what is wrong', () => {
    expect(loadStoredDeck('{nope')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not valid JSON'),
    });
    const bad = loadStoredDeck(JSON.stringify({ version: 1, slides: { id: 'x' } }));
    expect(bad).toMatchObject({ ok: false, problem: expect.stringContaining('slides') });
    expect(loadStoredDeck(JSON.stringify({ version: 7, slides: [] }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('newer version'),
    });
  });
  it('sets aside only the malformed slide, naming it, and keeps the others', () => {
    const broken = { id: 'x', title: 3, query: 'view=sanctions', notes: 'mine' };
    const r = loadStoredDeck(
      JSON.stringify({ version: 1, slides: [typicalDeck[0], broken, typicalDeck[1]] }),
    );
    expect(r).toMatchObject({
      ok: true,
      slides: [typicalDeck[0], typicalDeck[1]],
      aside: [broken],
      problem: expect.stringContaining('slide 2 (title'),
    });
  });
  it('repairs a set-aside slide as far as it can (its view and notes come back)', () => {
    expect(repairSlide({ id: '??', title: 3, query: 'view=sanctions', notes: 'mine' })).toEqual({
      title: '',
      query: 'view=sanctions',
      notes: 'mine',
    });
    expect(repairSlide({ title: 'no query' })).toBeNull();
  });
});

describe('editing', () => {
  it('moves a slide up and down, clamped at the ends', () => {
    const ids = (d: Slide[]) => d.map((s) => s.id);
    expect(ids(moveSlide(typicalDeck, 's-3', -1))).toEqual(['s-1', 's-3', 's-2', 's-4', 's-5']);
    expect(ids(moveSlide(typicalDeck, 's-1', -1))).toEqual(ids(typicalDeck));
    expect(ids(moveSlide(typicalDeck, 's-4', 5))).toEqual(['s-1', 's-2', 's-3', 's-5', 's-4']);
  });
  it('edits notes of one slide only', () => {
    const next = updateSlide(typicalDeck, 's-2', { notes: 'new' });
    expect(next[1]!.notes).toBe('new');
    expect(next[0]).toBe(typicalDeck[0]);
  });
  it('titles a slide by its view and as-of date', () => {
    expect(defaultSlideTitle('view=escalation&asOf=2025-05-14')).toBe('Escalation, as of 14 May 2025');
    expect(defaultSlideTitle('')).toBe('Overview');
    expect(slideView('view=nonsense')).toBe('overview');
  });
  it('moves focus after a removal to the next slide, else the previous one', () => {
    const d = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(slideAfterRemoval(d, 'b')).toBe('c');
    expect(slideAfterRemoval(d, 'c')).toBe('b');
    expect(slideAfterRemoval([{ id: 'a' }], 'a')).toBeNull();
    expect(slideAfterRemoval(d, 'x')).toBeNull();
  });
});

describe('deck links', () => {
  it('a typical five-slide deck with notes stays under 2,000 characters as a link', () => {
    const link = `https://dashboard.example.org/?view=briefing&deck=${encodeDeckParam(typicalDeck)}`;
    expect(link.length).toBeLessThan(2000);
  });
  it('round-trips titles, queries (with the pinned dataset version) and notes', () => {
    const result = decodeDeckParam(encodeDeckParam(typicalDeck));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slides.map((s) => [s.title, s.notes])).toEqual(typicalDeck.map((s) => [s.title, s.notes]));
    result.slides.forEach((s, i) => {
      const got = new URLSearchParams(s.query);
      const want = new URLSearchParams(typicalDeck[i]!.query);
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
    });
  });
  it('keeps non-ASCII notes intact', () => {
    const r = decodeDeckParam(encodeDeckParam([slide('s-1', 'view=overview', 'Zölle — 关税 ✓')]));
    expect(r.ok && r.slides[0]!.notes).toBe('Zölle — 关税 ✓');
  });
  it('rejects damaged and hostile payloads with a message', () => {
    expect(decodeDeckParam('!!!')).toMatchObject({ ok: false });
    expect(decodeDeckParam(encodeDeckParam([]))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not a valid deck'),
    });
    const hostile = btoa(JSON.stringify({ s: [[{ toString: 1 }, '', '']] })).replace(/=+$/, '');
    expect(decodeDeckParam(hostile)).toMatchObject({ ok: false });
  });
  it('merging a shared deck adds new slides and never removes or duplicates', () => {
    const incoming = [
      { title: 'New', query: 'view=sources', notes: '' },
      { ...typicalDeck[0]!, id: undefined },
    ];
    const { slides, added } = mergeSlides(
      typicalDeck,
      incoming.map(({ title, query, notes }) => ({ title, query, notes })),
    );
    expect(added).toBe(1);
    expect(slides).toHaveLength(typicalDeck.length + 1);
    expect(slides.slice(0, typicalDeck.length)).toEqual(typicalDeck);
  });
});

describe('build steps', () => {
  const slide = {
    title: 'Escalation',
    query: 'v=1&view=escalation&asOf=2025-01-01&d=2026-11-26',
    notes: '',
    builds: [asOfStep('2025-05-31', '145% and 125%'), { label: 'Today', patch: 'asOf=' }],
  };
  it('a step shows the slide with its patch on top: a key replaced, an empty value removed, the view kept', () => {
    const at0 = new URLSearchParams(slideQueryAt(slide, 0));
    expect(at0.get('asOf')).toBe('2025-05-31');
    expect(at0.get('view')).toBe('escalation');
    expect(at0.get('d')).toBe('2026-11-26');
    expect(new URLSearchParams(slideQueryAt(slide, 1)).has('asOf')).toBe(false);
    expect(slideQueryAt({ ...slide, builds: [{ label: 'x', patch: 'view=sources' }] }, 0)).toContain(
      'view=escalation',
    );
    expect(slideQueryAt(slide, 5)).toBe(slide.query);
  });
  it('a slide without steps is shown in one step', () => {
    expect(stepCount({})).toBe(1);
    expect(stepCount(slide)).toBe(2);
  });
  it('a step without a line of its own says its date', () => {
    expect(asOfStep('2025-05-31', ' ').label).toBe('As of 31 May 2025');
  });
  it('survive a shared deck link and a save; links made before build steps still read', () => {
    const decoded = decodeDeckParam(encodeDeckParam([{ ...slide, id: 's-000001' }]));
    expect(decoded.ok && decoded.slides[0]?.builds).toEqual(slide.builds);
    const old = decodeDeckParamV1(
      btoa(JSON.stringify({ s: [['Old', 'view=overview', 'notes']] })).replace(/=+$/, ''),
    );
    expect(old.ok && old.slides[0]).toMatchObject({ title: 'Old', notes: 'notes' });
    expect(old.ok && old.slides[0]?.builds).toBeUndefined();
    const stored = loadStoredDeck(serializeDeck([{ ...slide, id: 's-000001' }]));
    expect(stored.ok && stored.slides[0]?.builds).toEqual(slide.builds);
  });
});

describe('slide headings', () => {
  it('show the presenter’s own title, but not a bare view name (the chart’s own title says more)', () => {
    expect(slideHeading({ title: 'Where rates stand', query: 'view=escalation' })).toBe('Where rates stand');
    expect(slideHeading({ title: 'Escalation', query: 'view=escalation' })).toBe('');
    expect(slideHeading({ title: '  ', query: 'view=escalation' })).toBe('');
  });
});

describe('new slide titles', () => {
  it('are the takeaway of the view’s chart: the first sentence of its summary', () => {
    expect(
      newSlideTitle(
        'view=escalation',
        ' 7 documented rates.  US on China: peak 145%, latest 57%. China on US: 125%.',
      ),
    ).toBe('7 documented rates.');
    expect(newSlideTitle('view=escalation', 'No full stop at the end')).toBe('No full stop at the end');
  });
  it('do not end at an abbreviation such as "c." before a date, and leave the asides in brackets to the takeaway', () => {
    expect(
      newSlideTitle(
        'view=escalation',
        'US on China: 57% (in force when last documented c. 31 Oct 2025). More.',
      ),
    ).toBe('US on China: 57%.');
  });
  it('are cut at a word when long', () => {
    const long = `${'A long clause about rates, '.repeat(8)}and more.`;
    const t = newSlideTitle('view=escalation', long);
    expect(t.length).toBeLessThanOrEqual(111);
    expect(t.endsWith('…')).toBe(true);
    // Cut where a word ends, never inside one.
    expect(long.startsWith(`${t.slice(0, -1)} `)).toBe(true);
  });
  it('fall back to the view’s name and date for a view without a chart', () => {
    expect(newSlideTitle('view=sources&asOf=2025-06-15', null)).toBe('Sources, as of 15 Jun 2025');
  });
});
