import type { FuzzyDate } from './schema.ts';
import { collectionLabel, recordTitle, type AnyRecord, type DatasetIndex } from './selectors.ts';

/**
 * The header search: every record found by its words (title, label, description, quotes, notes), the
 * actors it concerns (by name, short name and the names the documents use), its kind and status, and its
 * date ("Oct 2025", "2025-10", "2018"). Pure: the index is built once per dataset, a query ranks entries.
 */

export interface SearchEntry {
  id: string;
  collection: AnyRecord['collection'];
  /** "Tariff measure", "Diplomatic event", … */
  kindLabel: string;
  title: string;
  /** The record's date as the curator labels it, when it has one. */
  dateLabel?: string;
  /** Lower-cased title, for ranking title hits first. */
  titleText: string;
  /** Lower-cased text of everything the record can be found by. */
  text: string;
  /** Latest day the record's date can denote (newer first among equal matches). */
  sortDate: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function recordDate(r: AnyRecord): FuzzyDate | undefined {
  const rec = r.record as { date?: FuzzyDate; period?: FuzzyDate };
  return rec.date ?? rec.period;
}

/** Words a date can be found by: its label, each month and year it spans ("oct 2025", "2025-10"). */
function dateWords(d: FuzzyDate): string[] {
  const out = [d.label];
  const [sy, sm] = d.start.split('-').map(Number);
  const [ey, em] = d.end.split('-').map(Number);
  if (!sy || !sm || !ey || !em) return out;
  // Month by month over at most two years; longer spans are found by their years.
  const months = (ey - sy) * 12 + (em - sm);
  if (months <= 24) {
    for (let i = 0; i <= months; i++) {
      const y = sy + Math.floor((sm - 1 + i) / 12);
      const m = (sm - 1 + i) % 12;
      out.push(`${MONTHS[m]} ${y}`, `${MONTH_NAMES[m]} ${y}`, `${y}-${String(m + 1).padStart(2, '0')}`);
    }
  }
  for (let y = sy; y <= ey; y++) out.push(String(y));
  out.push(d.start, d.end);
  return out;
}

function actorWords(index: DatasetIndex, ids: readonly (string | undefined)[]): string[] {
  return ids.flatMap((id) => {
    const a = id ? index.actors.get(id) : undefined;
    return a ? [a.name, a.shortName, ...a.aliases] : [];
  });
}

function recordWords(index: DatasetIndex, r: AnyRecord): string[] {
  const base = [
    ...r.record.evidence.map((e) => e.quote),
    ...r.record.notes.map((n) => n.text),
    collectionLabel(r),
  ];
  switch (r.collection) {
    case 'actors':
      return [...base, ...actorWords(index, [r.record.id]), r.record.kind, r.record.role ?? ''];
    case 'tariffMeasures':
      return [
        ...base,
        r.record.label,
        `${r.record.rate}%`,
        r.record.status,
        r.record.basis,
        'tariff',
        ...actorWords(index, [r.record.imposerId, r.record.targetId]),
      ];
    case 'tradeMeasures':
      return [
        ...base,
        r.record.title,
        r.record.description,
        r.record.sector,
        r.record.kind.replace('-', ' '),
        r.record.status,
        ...actorWords(index, [r.record.imposerId, r.record.targetId]),
      ];
    case 'events':
      return [
        ...base,
        r.record.title,
        r.record.kind,
        r.record.status,
        r.record.venue ?? '',
        r.record.outcome ?? '',
        ...actorWords(index, r.record.partyIds),
      ];
    case 'metrics':
      return [...base, r.record.label, r.record.measures, ...actorWords(index, r.record.subjectIds)];
    case 'claims':
      return [
        ...base,
        r.record.claimant,
        r.record.text,
        r.record.kind,
        ...actorWords(index, r.record.aboutIds),
      ];
    case 'scenarios':
      return [...base, r.record.title, r.record.rationale, 'scenario'];
  }
}

const cache = new WeakMap<DatasetIndex, SearchEntry[]>();

/** One entry per record, built once per dataset index. */
export function buildSearchIndex(index: DatasetIndex): SearchEntry[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const out: SearchEntry[] = [];
  for (const r of index.records.values()) {
    const title = recordTitle(index, r);
    const date = recordDate(r);
    const entry: SearchEntry = {
      id: r.record.id,
      collection: r.collection,
      kindLabel: collectionLabel(r),
      title,
      titleText: title.toLowerCase(),
      text: [title, ...recordWords(index, r), ...(date ? dateWords(date) : [])].join(' \n ').toLowerCase(),
      sortDate: date?.end ?? '',
    };
    if (date) entry.dateLabel = date.label;
    out.push(entry);
  }
  cache.set(index, out);
  return out;
}

/** Among equal matches, what happened (measures, events) before who said what about it (claims). */
const COLLECTION_RANK: Record<AnyRecord['collection'], number> = {
  tariffMeasures: 0,
  tradeMeasures: 1,
  events: 2,
  actors: 3,
  metrics: 4,
  scenarios: 5,
  claims: 6,
};

/**
 * Entries matching every word of the query (case-insensitive; "oct 2025" and "2025-10" find October
 * 2025), best first: most words in the title, then measures and events before claims, then the newest. An empty query finds nothing.
 */
export function searchRecords(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  // A month name followed by a year is one term, so "oct 2025" matches the month, not any "oct" and "2025".
  const terms = q.match(/\b[a-z]{3,9}\s+\d{4}\b|\S+/g) ?? [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of entries) {
    if (!terms.every((t) => e.text.includes(t))) continue;
    scored.push({ e, score: terms.filter((t) => e.titleText.includes(t)).length });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      COLLECTION_RANK[a.e.collection] - COLLECTION_RANK[b.e.collection] ||
      b.e.sortDate.localeCompare(a.e.sortDate) ||
      a.e.id.localeCompare(b.e.id),
  );
  return scored.slice(0, limit).map((s) => s.e);
}
