import { REFERENCE_FIELDS } from './problems.ts';
import { RECORD_COLLECTIONS, type CuratorNote, type Dataset, type Evidence, type Source } from './schema.ts';

/**
 * "Reported by": the dataset as the documents published on or before a date had reported it. Pure; the one
 * place the rule lives (applied once where the dataset reaches the views, see use-dataset.ts).
 *
 * - A document counts when its whole publication span ends on or before the date (a document dated only
 *   "mid or late Jun 2025" counts from 30 Jun 2025): what a reader could certainly have read by then.
 * - A record appears when at least one of its quotes comes from such a document (a record two documents
 *   report appears from the earlier one); its quotes from later documents are hidden.
 * - References to records that are not yet reported are dropped (a list loses the id, a single reference is
 *   cleared), and a note whose related records are all not yet reported is hidden with them.
 * - An actor stays while a reported record names it (so a party is never nameless); its quotes from later
 *   documents are hidden like any record's, so it may have none.
 *
 * `reportedBy` null = every document. Memoised per dataset and date, so lookups built per dataset identity
 * (indexDataset) are built once per date.
 */
export function reportedByDataset(data: Dataset, reportedBy: string | null): Dataset {
  if (reportedBy === null) return data;
  let perDate = cache.get(data);
  if (!perDate) cache.set(data, (perDate = new Map()));
  const cached = perDate.get(reportedBy);
  if (cached) return cached;
  const result = filterDataset(data, reportedBy);
  perDate.set(reportedBy, result);
  return result;
}

const cache = new WeakMap<Dataset, Map<string, Dataset>>();

/** True when the document was certainly published on or before the date. */
export function publishedBy(source: Source, date: string): boolean {
  return source.published.end <= date;
}

/** Documents whose publication span straddles the date: perhaps published by then, not counted. */
export function possiblyPublishedBy(source: Source, date: string): boolean {
  return source.published.start <= date && !publishedBy(source, date);
}

type AnyRecord = { id: string; evidence: Evidence[]; notes: CuratorNote[] } & Record<string, unknown>;

const ACTOR_FIELDS = new Set<string>(['imposerId', 'targetId', 'countryId', 'partyIds', 'subjectIds']);

function filterDataset(data: Dataset, date: string): Dataset {
  const sources = data.sources.filter((s) => publishedBy(s, date));
  const known = new Set(sources.map((s) => s.id));
  const early = (e: Evidence) => known.has(e.sourceId);

  // Reported records (actors are decided after, by who the reported records name).
  const reported = new Set<string>();
  for (const c of RECORD_COLLECTIONS) {
    if (c === 'actors') continue;
    for (const r of data[c] as AnyRecord[]) if (r.evidence.some(early)) reported.add(r.id);
  }
  const named = new Set<string>();
  const nameAll = (r: Record<string, unknown>) => {
    for (const f of ACTOR_FIELDS) {
      const v = r[f];
      if (typeof v === 'string') named.add(v);
      else if (Array.isArray(v)) for (const id of v as string[]) named.add(id);
    }
  };
  for (const c of RECORD_COLLECTIONS) {
    if (c === 'actors') continue;
    for (const r of data[c] as AnyRecord[]) {
      if (!reported.has(r.id)) continue;
      nameAll(r);
      for (const k of (r.concessions as { actorId: string }[] | undefined) ?? []) named.add(k.actorId);
      for (const s of (r.steps as { imposerId: string; targetId: string }[] | undefined) ?? []) {
        named.add(s.imposerId);
        named.add(s.targetId);
      }
    }
  }
  for (const a of data.actors) if (a.evidence.some(early)) named.add(a.id);
  // A person's country is named with them.
  for (const a of data.actors) if (named.has(a.id) && a.countryId) named.add(a.countryId);
  for (const a of data.actors) if (named.has(a.id)) reported.add(a.id);

  const trim = <T extends AnyRecord>(r: T): T => {
    const out: Record<string, unknown> = { ...r };
    out.evidence = r.evidence.filter(early);
    for (const f of REFERENCE_FIELDS) {
      if (ACTOR_FIELDS.has(f)) continue;
      const v = r[f];
      if (typeof v === 'string' && !reported.has(v)) out[f] = undefined;
      else if (Array.isArray(v)) out[f] = (v as string[]).filter((id) => reported.has(id));
    }
    out.notes = r.notes.flatMap((n) => {
      if (!n.relatedIds || n.relatedIds.length === 0) return [n];
      const relatedIds = n.relatedIds.filter((id) => reported.has(id));
      return relatedIds.length > 0 ? [{ ...n, relatedIds }] : [];
    });
    return out as T;
  };
  const keep = <T extends AnyRecord>(list: T[]): T[] => list.filter((r) => reported.has(r.id)).map(trim);

  return {
    ...data,
    sources,
    actors: keep(data.actors),
    tariffMeasures: keep(data.tariffMeasures),
    tradeMeasures: keep(data.tradeMeasures),
    events: keep(data.events),
    metrics: keep(data.metrics),
    claims: keep(data.claims),
    scenarios: keep(data.scenarios),
  };
}
