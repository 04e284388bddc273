import { z } from 'zod';
import { VIEWS, isViewId, type ViewId } from '../state/view-state.ts';
import { formatIsoDate } from '../lib/format.ts';
import { isRealDate } from '../lib/dates.ts';

/**
 * The briefing deck: an ordered list of slides, each a saved view state (its permalink query string),
 * a title and speaker notes. Pure: the store persists it, the briefing feature edits and presents it.
 */

export const DECK_VERSION = 1;
export const DECK_STORAGE_KEY = 'tsd-deck';
export const MAX_SLIDES = 60;

const slideId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'slide ids are short kebab-case');

/** One slide: a view as a permalink query string, with a title and speaker notes. */
export const slideSchema = z.object({
  id: slideId,
  title: z.string().max(200),
  query: z.string().max(2000),
  notes: z.string().max(5000),
});
export type Slide = z.infer<typeof slideSchema>;

/** What is saved in localStorage. */
export const storedDeckSchema = z.object({
  version: z.literal(DECK_VERSION),
  slides: z.array(slideSchema).max(MAX_SLIDES),
});
export type StoredDeck = z.infer<typeof storedDeckSchema>;

/** Migrations from older stored shapes, keyed by the version they upgrade from. */
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v0 (an early sketch) stored a bare array of slides.
  0: (old) => ({ version: 1, slides: old }),
};

export type LoadResult = { ok: true; slides: Slide[] } | { ok: false; slides: Slide[]; problem: string };

/** Reads what localStorage holds: nothing → empty deck; migrates old versions; rejects (never trusts) the rest. */
export function loadStoredDeck(raw: string | null): LoadResult {
  if (raw === null) return { ok: true, slides: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, slides: [], problem: 'Your saved deck is not valid JSON' };
  }
  if (Array.isArray(value)) value = MIGRATIONS[0]!(value);
  let version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
  while (typeof version === 'number' && version < DECK_VERSION && MIGRATIONS[version]) {
    value = MIGRATIONS[version]!(value);
    version = version + 1;
  }
  const parsed = storedDeckSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(top level)' : '(unknown)';
    return {
      ok: false,
      slides: [],
      problem: `Your saved deck could not be read (${where}: ${issue?.message ?? 'invalid'})`,
    };
  }
  return { ok: true, slides: parsed.data.slides };
}

export function serializeDeck(slides: Slide[]): string {
  return JSON.stringify({ version: DECK_VERSION, slides } satisfies StoredDeck);
}

/** Moves a slide by delta places (clamped); unknown id → unchanged. */
export function moveSlide(slides: Slide[], id: string, delta: number): Slide[] {
  const from = slides.findIndex((s) => s.id === id);
  if (from < 0) return slides;
  const to = Math.max(0, Math.min(slides.length - 1, from + delta));
  if (to === from) return slides;
  const next = [...slides];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function updateSlide(
  slides: Slide[],
  id: string,
  patch: Partial<Pick<Slide, 'title' | 'notes'>>,
): Slide[] {
  return slides.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

/** The view a slide shows, from its query (overview when the query names none or an unknown one). */
export function slideView(query: string): ViewId {
  const v = new URLSearchParams(query).get('view');
  return v && isViewId(v) ? v : 'overview';
}

/** Default title for a slide of the current view: "Escalation, as of 1 May 2025". */
export function defaultSlideTitle(query: string): string {
  const params = new URLSearchParams(query);
  const view = slideView(query);
  const label = VIEWS.find((v) => v.id === view)?.label ?? view;
  const asOf = params.get('asOf');
  return asOf && isRealDate(asOf) ? `${label}, as of ${formatIsoDate(asOf)}` : label;
}

/**
 * The line above a presented slide: the presenter's own title, or the default one when it says more than the
 * view's name (an "as of" date). A bare view name is left out, since the view's heading already says it
 * ("ESCALATION" over "Escalation" only repeats itself on the screen).
 */
export function presenterHeading(slide: Pick<Slide, 'title' | 'query'>): string | null {
  const view = slideView(slide.query);
  const heading = slide.title.trim() || defaultSlideTitle(slide.query);
  return heading === (VIEWS.find((v) => v.id === view)?.label ?? view) ? null : heading;
}

/**
 * Where keyboard focus goes when a slide is removed: the slide that takes its place, else the one before it,
 * else nowhere (the deck is empty). Focus left on a removed button falls to the page's top.
 */
export function slideAfterRemoval(slides: readonly Pick<Slide, 'id'>[], id: string): string | null {
  const i = slides.findIndex((s) => s.id === id);
  if (i < 0) return null;
  return slides[i + 1]?.id ?? slides[i - 1]?.id ?? null;
}

/** A fresh slide id not used in the deck. */
export function newSlideId(existing: Slide[], random: () => number = Math.random): string {
  const used = new Set(existing.map((s) => s.id));
  for (;;) {
    const id = `s-${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!used.has(id)) return id;
  }
}

// --- Sharing a deck as a link -------------------------------------------------------------------------------

/** Compact link payload: the dataset version once, then [title, query-without-v-and-d, notes] per slide. */
const linkPayloadSchema = z.object({
  d: z.string().max(40).optional(),
  s: z
    .array(z.tuple([z.string().max(200), z.string().max(2000), z.string().max(5000)]))
    .min(1)
    .max(MAX_SLIDES),
});

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function stripPinned(query: string): { rest: string; d: string | null } {
  const p = new URLSearchParams(query);
  const d = p.get('d');
  p.delete('v');
  p.delete('d');
  return { rest: p.toString(), d };
}

/** The `deck` parameter for a shareable link. */
export function encodeDeckParam(slides: Slide[]): string {
  const stripped = slides.map((s) => ({ s, ...stripPinned(s.query) }));
  const d = stripped.find((x) => x.d)?.d ?? undefined;
  const payload = { ...(d ? { d } : {}), s: stripped.map((x) => [x.s.title, x.rest, x.s.notes]) };
  return toBase64Url(JSON.stringify(payload));
}

export type DecodeDeckResult = { ok: true; slides: Omit<Slide, 'id'>[] } | { ok: false; problem: string };

/** Reads a `deck` parameter: validated, never trusted; a bad one names what is wrong. */
export function decodeDeckParam(param: string): DecodeDeckResult {
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(param));
  } catch {
    return {
      ok: false,
      problem: 'The deck in this link is damaged (it could not be decoded); your saved deck is unchanged.',
    };
  }
  const parsed = linkPayloadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `The deck in this link is not a valid deck (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}); your saved deck is unchanged.`,
    };
  }
  const { d, s } = parsed.data;
  return {
    ok: true,
    slides: s.map(([title, rest, notes]) => {
      const p = new URLSearchParams(rest);
      p.set('v', '1');
      if (d) p.set('d', d);
      return { title, query: p.toString(), notes };
    }),
  };
}

/** Adds incoming slides that are not already in the deck (same title, query and notes); never removes any. */
export function mergeSlides(
  slides: Slide[],
  incoming: Omit<Slide, 'id'>[],
  random: () => number = Math.random,
): { slides: Slide[]; added: number } {
  const key = (s: Omit<Slide, 'id'>) => `${s.title}\u0000${s.query}\u0000${s.notes}`;
  const have = new Set(slides.map(key));
  const next = [...slides];
  let added = 0;
  for (const s of incoming) {
    if (have.has(key(s)) || next.length >= MAX_SLIDES) continue;
    have.add(key(s));
    next.push({ ...s, id: newSlideId(next, random) });
    added++;
  }
  return { slides: next, added };
}
