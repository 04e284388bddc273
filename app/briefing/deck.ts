import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { VIEWS, isViewId, type ViewId } from '../state/view-state.ts';
import { formatIsoDate, sentencesOf } from '../lib/format.ts';
import { isRealDate } from '../lib/dates.ts';

/**
 * The briefing deck: an ordered list of slides, each a saved view state (its permalink query string),
 * a title and speaker notes. Pure: the store persists it, the briefing feature edits and presents it.
 */

export const DECK_VERSION = 1;
export const DECK_STORAGE_KEY = 'tsd-deck';
export const MAX_SLIDES = 60;

const slideId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'slide ids are short kebab-case');

export const MAX_BUILD_STEPS = 12;

/**
 * One step of a slide's build: what the slide changes on top of its own state at that step (a query patch,
 * for example `asOf=2025-05-14` to show the chart as it stood then), and the line the presenter sees for it.
 */
export const buildStepSchema = z.object({
  label: z.string().max(200),
  patch: z.string().max(500),
});
export type BuildStep = z.infer<typeof buildStepSchema>;

/**
 * One slide: a view as a permalink query string, with a title and speaker notes, and optionally the steps its
 * story is revealed in (none: the slide shows at once).
 */
export const slideSchema = z.object({
  id: slideId,
  title: z.string().max(200),
  query: z.string().max(2000),
  notes: z.string().max(5000),
  builds: z.array(buildStepSchema).max(MAX_BUILD_STEPS).optional(),
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

/**
 * What storage held: the slides that are valid, and the ones that are not (kept as they were, to be set aside
 * and offered back), with what is wrong with them. `ok: false` when nothing of it could be read as a deck.
 */
export type LoadResult =
  | { ok: true; slides: Slide[]; aside: unknown[]; problem?: string }
  | { ok: false; slides: Slide[]; problem: string };

function describeSlideIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'the slide'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Reads what storage holds: nothing → empty deck; migrates old versions; validates each slide on its own, so
 * one malformed slide is set aside and the others are kept.
 */
export function loadStoredDeck(raw: string | null): LoadResult {
  if (raw === null) return { ok: true, slides: [], aside: [] };
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
  if (typeof version === 'number' && version > DECK_VERSION) {
    return {
      ok: false,
      slides: [],
      problem: `Your saved deck was saved by a newer version of the dashboard (deck version ${version})`,
    };
  }
  const shape = z.object({ version: z.literal(DECK_VERSION), slides: z.array(z.unknown()) }).safeParse(value);
  if (!shape.success) {
    return {
      ok: false,
      slides: [],
      problem: `Your saved deck could not be read (${describeSlideIssue(shape.error)})`,
    };
  }
  const slides: Slide[] = [];
  const aside: unknown[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  shape.data.slides.forEach((item, i) => {
    const r = slideSchema.safeParse(item);
    if (!r.success) problems.push(`slide ${i + 1} (${describeSlideIssue(r.error)})`);
    else if (ids.has(r.data.id)) problems.push(`slide ${i + 1} (repeats the id "${r.data.id}")`);
    else if (slides.length >= MAX_SLIDES) problems.push(`slide ${i + 1} (more than ${MAX_SLIDES} slides)`);
    else {
      ids.add(r.data.id);
      slides.push(r.data);
      return;
    }
    aside.push(item);
  });
  return problems.length
    ? {
        ok: true,
        slides,
        aside,
        problem: `${aside.length === 1 ? 'One saved slide' : `${aside.length} saved slides`} could not be read: ${problems.join('; ')}`,
      }
    : { ok: true, slides, aside };
}

const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/**
 * A slide set aside, made valid again as far as it can be: text fields cut to their limits, build steps that
 * are readable kept. Null when it has no view state (a query) to show.
 */
export function repairSlide(item: unknown): Omit<Slide, 'id'> | null {
  if (!item || typeof item !== 'object') return null;
  const o = item as Record<string, unknown>;
  if (typeof o.query !== 'string') return null;
  const builds = Array.isArray(o.builds)
    ? o.builds
        .map((b) => buildStepSchema.safeParse(b))
        .flatMap((r) => (r.success ? [r.data] : []))
        .slice(0, MAX_BUILD_STEPS)
    : [];
  return {
    title: text(o.title, 200),
    query: o.query.slice(0, 2000),
    notes: text(o.notes, 5000),
    ...(builds.length ? { builds } : {}),
  };
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
  patch: Partial<Pick<Slide, 'title' | 'notes' | 'builds'>>,
): Slide[] {
  return slides.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

/** The view a slide shows, from its query (overview when the query names none or an unknown one). */
export function slideView(query: string): ViewId {
  const v = new URLSearchParams(query).get('view');
  return v && isViewId(v) ? v : 'overview';
}

/** How many steps a slide is shown in: one per build step, or one when it has none. */
export function stepCount(slide: Pick<Slide, 'builds'>): number {
  return Math.max(1, slide.builds?.length ?? 0);
}

/**
 * The state a slide shows at a build step: its own query with the step's patch applied on top (a key in the
 * patch replaces the slide's; an empty value removes it).
 */
export function slideQueryAt(slide: Pick<Slide, 'query' | 'builds'>, step: number): string {
  const build = slide.builds?.[step];
  if (!build) return slide.query;
  const params = new URLSearchParams(slide.query);
  for (const [k, v] of new URLSearchParams(build.patch)) {
    if (k === 'view' || k === 'v' || k === 'd') continue;
    if (v === '') params.delete(k);
    else params.set(k, v);
  }
  return params.toString();
}

/** A build step that shows the slide's chart as it stood on an ISO date. */
export function asOfStep(iso: string, label: string): BuildStep {
  return {
    label: label.trim() || `As of ${formatIsoDate(iso)}`,
    patch: new URLSearchParams({ asOf: iso }).toString(),
  };
}

/**
 * The title a new slide gets: the takeaway of the view's chart (the first sentence of its summary), which
 * says what the slide is for; a view without a chart gets its name and "as of" date.
 */
const TITLE_MAX = 110;

export function newSlideTitle(query: string, chartSummary: string | null | undefined): string {
  const sentence = sentencesOf(chartSummary ?? '')[0];
  if (!sentence) return defaultSlideTitle(query);
  // A headline, not a paragraph: the asides in brackets stay in the takeaway under it, and a long one is cut
  // at a word.
  let first = sentence;
  for (let prev = ''; prev !== first;) [prev, first] = [first, first.replace(/\s*\([^()]*\)/g, '')];
  first = first.replace(/\s+([;,.:])/g, '$1').trim();
  if (first.length <= TITLE_MAX) return first;
  const cut = first.slice(0, TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2)).replace(/[;,:\s]+$/, '')}…`;
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
 * The title a slide shows over its chart: the presenter's own, unless it is only the view's name (the default
 * of older decks), which says less than the chart's own title.
 */
export function slideHeading(slide: Pick<Slide, 'title' | 'query'>): string {
  const view = slideView(slide.query);
  const title = slide.title.trim();
  return title === (VIEWS.find((v) => v.id === view)?.label ?? view) ? '' : title;
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

/**
 * Compact link payload: the dataset version once, then [title, query-without-d, notes] per slide, with
 * a fourth element [[label, patch], …] when the slide has build steps (links without it still read).
 */
const linkSlideBase = [z.string().max(200), z.string().max(2000), z.string().max(5000)] as const;
const linkPayloadSchema = z.object({
  d: z.string().max(40).optional(),
  s: z
    .array(
      z.union([
        z.tuple(linkSlideBase),
        z.tuple([
          ...linkSlideBase,
          z.array(z.tuple([z.string().max(200), z.string().max(500)])).max(MAX_BUILD_STEPS),
        ]),
      ]),
    )
    .min(1)
    .max(MAX_SLIDES),
});

/**
 * A share link longer than this may be refused by ordinary static hosts and proxies (431, 414), so a
 * longer deck is offered as a deck file instead.
 */
export const MAX_LINK_LENGTH = 2000;

/**
 * The preset dictionary of link version 2's deck compression: the words deck links repeat (parameter
 * names, views, common ids). Part of the link format: changing it needs a new link version.
 */
const DECK_DICTIONARY = strToU8(
  [
    'v=2&view=overview&view=escalation&view=negotiations&view=sanctions&view=timeline&view=scenarios&view=sources',
    '&asOf=2025-&asOf=2026-&record=&rounds=&negParties=&negStatuses=held,planned,proposed,cancelled,collapsed',
    '&tlActors=us,china,russia,eu&tlKinds=tariff,export-control,sanction,meeting&tlStatuses=&tlFrom=2025-01-01',
    '&tlTo=2025-12-31&sc=&cs=&cmp=&dv=&dd=2026-&dir=us%3Echina&dir=china%3Eus',
    '{"d":"2026-11-26","s":[["Overview","Escalation, as of ","Negotiations","Sanctions & controls","Timeline',
    'Scenarios","Sources"," 2025"," 2026"],["',
    'the the tariff tariffs rate rates China US United States Russia sanctions export controls',
  ].join(''),
);

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function stripPinned(query: string): { rest: string; d: string | null } {
  const p = new URLSearchParams(query);
  const d = p.get('d');
  p.delete('d');
  return { rest: p.toString(), d };
}

/**
 * The `deck` parameter (link version 2): the slides as compact JSON, deflated with a preset dictionary
 * (fflate) and base64url-encoded, about a quarter of the plain form.
 */
export function encodeDeckParam<S extends Omit<Slide, 'id'>>(slides: readonly S[]): string {
  const stripped = slides.map((s) => ({ s, ...stripPinned(s.query) }));
  const d = stripped.find((x) => x.d)?.d ?? undefined;
  const payload = {
    ...(d ? { d } : {}),
    s: stripped.map((x) =>
      x.s.builds?.length
        ? [x.s.title, x.rest, x.s.notes, x.s.builds.map((b) => [b.label, b.patch])]
        : [x.s.title, x.rest, x.s.notes],
    ),
  };
  return toBase64Url(
    deflateSync(strToU8(JSON.stringify(payload)), { level: 9, dictionary: DECK_DICTIONARY }),
  );
}

/** A link that opens the deck in the briefing view, or null when it would be too long to share as a link. */
export function deckShareLink(
  base: string,
  slides: Omit<Slide, 'id'>[],
): { link: string } | { tooLong: number } {
  const link = `${base}?v=2&view=briefing&deck=${encodeDeckParam(slides)}`;
  return link.length <= MAX_LINK_LENGTH ? { link } : { tooLong: link.length };
}

export type DecodeDeckResult = { ok: true; slides: Omit<Slide, 'id'>[] } | { ok: false; problem: string };

const DAMAGED: DecodeDeckResult = {
  ok: false,
  problem: 'The deck in this link is damaged (it could not be decoded); your saved deck is unchanged.',
};

function decodePayload(json: unknown, version: number): DecodeDeckResult {
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
    slides: s.map(([title, rest, notes, builds]) => {
      const p = new URLSearchParams(rest);
      // Version 1 links stripped each slide's own `v`; it was 1 then.
      if (version === 1 || !p.has('v')) p.set('v', String(version));
      if (d) p.set('d', d);
      return {
        title,
        query: p.toString(),
        notes,
        ...(builds?.length ? { builds: builds.map(([label, patch]) => ({ label, patch })) } : {}),
      };
    }),
  };
}

/** Reads a `deck` parameter of the current link version: validated, never trusted; a bad one says what is wrong. */
export function decodeDeckParam(param: string): DecodeDeckResult {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateSync(fromBase64Url(param), { dictionary: DECK_DICTIONARY })));
  } catch {
    return DAMAGED;
  }
  return decodePayload(json, 2);
}

/** Reads a `deck` parameter of link version 1 (base64url JSON, no compression). */
export function decodeDeckParamV1(param: string): DecodeDeckResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(param)));
  } catch {
    return DAMAGED;
  }
  return decodePayload(json, 1);
}

/** Adds incoming slides that are not already in the deck (same title, query and notes); never removes any. */
export function mergeSlides(
  slides: Slide[],
  incoming: Omit<Slide, 'id'>[],
  random: () => number = Math.random,
): { slides: Slide[]; added: number } {
  const key = (s: Omit<Slide, 'id'>) =>
    `${s.title}\u0000${s.query}\u0000${s.notes}\u0000${JSON.stringify(s.builds ?? [])}`;
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
