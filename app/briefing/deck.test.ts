import { describe, expect, it } from 'vitest';
import {
  decodeDeckParam,
  defaultSlideTitle,
  encodeDeckParam,
  loadStoredDeck,
  mergeSlides,
  moveSlide,
  presenterHeading,
  slideAfterRemoval,
  serializeDeck,
  slideView,
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
    expect(loadStoredDeck(serializeDeck(typicalDeck))).toEqual({ ok: true, slides: typicalDeck });
  });
  it('empty storage is an empty deck', () => {
    expect(loadStoredDeck(null)).toEqual({ ok: true, slides: [] });
  });
  it('migrates the v0 shape (a bare array)', () => {
    expect(loadStoredDeck(JSON.stringify(typicalDeck))).toEqual({ ok: true, slides: typicalDeck });
  });
  it('rejects broken JSON and invalid shapes, naming what is wrong', () => {
    expect(loadStoredDeck('{nope')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not valid JSON'),
    });
    const bad = loadStoredDeck(
      JSON.stringify({ version: 1, slides: [{ id: 'x', title: 3, query: '', notes: '' }] }),
    );
    expect(bad).toMatchObject({ ok: false, problem: expect.stringContaining('slides.0.title') });
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
  it('heads a presented slide with its own title or an as-of date, never the bare view name again', () => {
    expect(presenterHeading({ title: 'Where rates stand', query: 'view=escalation' })).toBe(
      'Where rates stand',
    );
    expect(presenterHeading({ title: '', query: 'view=escalation&asOf=2025-05-14' })).toBe(
      'Escalation, as of 14 May 2025',
    );
    expect(presenterHeading({ title: '  ', query: 'view=escalation' })).toBeNull();
    expect(presenterHeading({ title: 'Escalation', query: 'view=escalation' })).toBeNull();
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
