import type { Actor, Dataset, DiplomaticEvent, EventStatus, TariffMeasure } from '../../data/schema.ts';
import { EVENT_STATUS_LABEL } from '../../lib/format.ts';
import { isCancellation } from '../../data/selectors.ts';
import { hasHappened, positionOf } from '../../data/status.ts';

/**
 * Pure: which diplomatic events are "rounds" (negotiations, meetings, calls, summits, visits and
 * cancellations), how they are filtered, and everything a side-by-side comparison needs, resolved from ids.
 */

export const ROUND_KINDS: ReadonlySet<DiplomaticEvent['kind']> = new Set([
  'negotiation',
  'meeting',
  'call',
  'summit',
  'visit',
]);

export type RoundKind = DiplomaticEvent['kind'] | 'cancellation';

export const ROUND_KIND_LABEL: Record<RoundKind, string> = {
  negotiation: 'Negotiation round',
  meeting: 'Meeting',
  call: 'Call',
  summit: 'Summit',
  visit: 'Visit',
  statement: 'Statement',
  election: 'Election',
  cancellation: 'Cancellation',
};

/** The statuses a user can filter by, in lifecycle order. */
export const ROUND_STATUSES: EventStatus[] = ['held', 'planned', 'proposed', 'cancelled', 'collapsed'];

export const ROUND_STATUS_LABEL: Record<EventStatus, string> = EVENT_STATUS_LABEL;

export interface Round {
  event: DiplomaticEvent;
  kind: RoundKind;
  /**
   * Status for filtering: a cancellation (a statement cancelling another event) counts as "cancelled", since
   * that is what a user filtering for cancelled summits is looking for; everything else keeps its own status.
   */
  status: EventStatus;
  /** For a cancellation: the event it cancels. */
  cancels?: DiplomaticEvent;
  ratesBefore: TariffMeasure[];
  ratesAfter: TariffMeasure[];
}

/** Every round in the dataset, oldest first. */
export function listRounds(data: Pick<Dataset, 'events' | 'tariffMeasures'>): Round[] {
  const events = new Map(data.events.map((e) => [e.id, e]));
  const tariffs = new Map(data.tariffMeasures.map((m) => [m.id, m]));
  const resolve = (ids: string[]) =>
    ids.map((id) => tariffs.get(id)).filter((m): m is TariffMeasure => m !== undefined);
  const rounds: Round[] = [];
  for (const e of data.events) {
    const cancels = isCancellation(e);
    if (!ROUND_KINDS.has(e.kind) && !cancels) continue;
    const round: Round = {
      event: e,
      kind: cancels ? 'cancellation' : e.kind,
      status: cancels ? 'cancelled' : e.status,
      ratesBefore: resolve(e.ratesBeforeIds),
      ratesAfter: resolve(e.ratesAfterIds),
    };
    const cancelled = e.cancelsId ? events.get(e.cancelsId) : undefined;
    if (cancelled) round.cancels = cancelled;
    rounds.push(round);
  }
  return rounds.sort(
    (a, b) => a.event.date.start.localeCompare(b.event.date.start) || a.event.id.localeCompare(b.event.id),
  );
}

/** Rounds that involve every checked party and have one of the checked statuses (empty = no filter). */
export function filterRounds(
  rounds: readonly Round[],
  parties: readonly string[],
  statuses: readonly string[],
): Round[] {
  return rounds.filter(
    (r) =>
      parties.every((p) => r.event.partyIds.includes(p)) &&
      (statuses.length === 0 || statuses.includes(r.status)),
  );
}

/** The countries and groups that take part in some round (people are filtered through their country). */
export function partyOptions(rounds: readonly Round[], actors: readonly Actor[]): Actor[] {
  const used = new Set(rounds.flatMap((r) => r.event.partyIds));
  return actors.filter(
    (a) => used.has(a.id) && (a.kind === 'country' || a.kind === 'group' || a.kind === 'organisation'),
  );
}

/** The selected rounds in the dataset's chronological order (unknown ids are dropped). */
export function selectedRounds(rounds: readonly Round[], ids: readonly string[]): Round[] {
  return rounds.filter((r) => ids.includes(r.event.id));
}

/* ---- Tracks: rounds grouped by the countries they are between, then by year ---- */

export interface TrackYear {
  year: string;
  /** Newest first. */
  rounds: Round[];
}

export interface Track {
  /** The countries (and groups) of the track joined in dataset order, e.g. "us+china". */
  key: string;
  countryIds: string[];
  /** Newest first. */
  years: TrackYear[];
  count: number;
}

/**
 * The track a round belongs to: the countries and groups taking part (people count through their country), in
 * the dataset's order of actors so "US–China" is always the same track whoever is listed first.
 */
export function roundTrack(r: Round, actors: readonly Actor[]): string[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const ids = new Set<string>();
  for (const p of r.event.partyIds) {
    const a = byId.get(p);
    const country = a?.kind === 'person' ? a.countryId : p;
    if (country) ids.add(country);
  }
  return [...ids].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b));
}

/**
 * Rounds grouped by track (US–China, US–Russia, China–Russia, …) and year, newest first everywhere: the track
 * with the most recent round comes first, so a 2015 deal never sits among the 2025 trade rounds.
 */
export function groupByTrack(rounds: readonly Round[], actors: readonly Actor[]): Track[] {
  const tracks = new Map<string, { countryIds: string[]; rounds: Round[] }>();
  for (const r of rounds) {
    const countryIds = roundTrack(r, actors);
    const key = countryIds.join('+');
    const t = tracks.get(key) ?? { countryIds, rounds: [] };
    t.rounds.push(r);
    tracks.set(key, t);
  }
  const newestFirst = (a: Round, b: Round) =>
    b.event.date.start.localeCompare(a.event.date.start) || a.event.id.localeCompare(b.event.id);
  return [...tracks.entries()]
    .map(([key, t]) => {
      const sorted = [...t.rounds].sort(newestFirst);
      const years: TrackYear[] = [];
      for (const r of sorted) {
        const year = r.event.date.start.slice(0, 4);
        const last = years[years.length - 1];
        if (last?.year === year) last.rounds.push(r);
        else years.push({ year, rounds: [r] });
      }
      return { key, countryIds: t.countryIds, years, count: sorted.length };
    })
    .sort(
      (a, b) =>
        (b.years[0]?.rounds[0]?.event.date.start ?? '').localeCompare(
          a.years[0]?.rounds[0]?.event.date.start ?? '',
        ) || a.key.localeCompare(b.key),
    );
}

/** "US–China", "China–Russia", "US" (a round of one country alone), from short names. */
export function trackLabel(t: Pick<Track, 'countryIds'>, name: (id: string) => string): string {
  return t.countryIds.map(name).join('–');
}

/**
 * Where a round stands on the As of date: it had happened by then (`hasHappened`, and its date lies before),
 * it came later, or it is dated only to a span containing the date, so it may fall after. A round that never
 * took place (planned, proposed, cancelled) is none of these once its date has passed: its status says so.
 */
export type RoundOnDate = 'happened' | 'possibly-later' | 'later' | 'not-held';

export function roundOnDate(r: Round, date: string): RoundOnDate {
  const pos = positionOf(r.event.date, date);
  if (pos === 'before') return 'later';
  if (!hasHappened(r.event.status)) return 'not-held';
  return pos === 'within' ? 'possibly-later' : 'happened';
}
