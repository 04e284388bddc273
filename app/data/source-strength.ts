import type { Dataset, Source } from './schema.ts';
import type { DatasetIndex } from './selectors.ts';

/**
 * How much weight a figure's document can bear, in a few short words a reader sees beside the figure:
 * the document's kind (opinion, analysis, …), whether it is a translation, whether it names its author,
 * whether the record's quotes name the countries or only point at them ("the related country"), and
 * the year. One rule, used by the headline, the provenance drawer and the export source line.
 */
export interface StrengthBadge {
  /** Short text shown on the badge ("opinion", "translated", "2018"). */
  text: string;
  /** What it means, for the tooltip and screen readers. */
  description: string;
  /** Weak evidence is drawn as a warning. */
  weak: boolean;
}

const KIND_DESCRIPTION: Record<Source['kind'], string> = {
  opinion: 'An opinion piece: the author argues a point of view',
  analysis: 'An analysis piece, with the author’s own assessments',
  commentary: 'A commentary on another report',
  report: 'A report',
};

/** The badges of one document (kind, translated, anonymous, year). */
export function sourceStrength(src: Source): StrengthBadge[] {
  const out: StrengthBadge[] = [
    { text: src.kind, description: KIND_DESCRIPTION[src.kind], weak: src.kind !== 'report' },
  ];
  if (/translated/i.test(src.language)) {
    out.push({ text: 'translated', description: `Read in translation: ${src.language}`, weak: true });
  }
  if (!src.author) {
    out.push({ text: 'no author', description: 'The document names no author', weak: true });
  }
  const year = src.published.start.slice(0, 4);
  const endYear = src.published.end.slice(0, 4);
  out.push({
    text: year === endYear ? year : `${year}–${endYear}`,
    description: `Published ${src.published.label}${src.published.inferred ? ' (date inferred)' : ''}`,
    weak: false,
  });
  return out;
}

/** The actors a record is about, for the "indirect names" check. */
function recordActorIds(record: object): string[] {
  const r = record as { imposerId?: string; targetId?: string; partyIds?: string[]; subjectIds?: string[] };
  return [r.imposerId, r.targetId, ...(r.partyIds ?? []), ...(r.subjectIds ?? [])].filter(
    (x): x is string => typeof x === 'string',
  );
}

/**
 * The countries a record's quotes from one document never name: neither by name, short name nor a proper
 * name ("Washington"), only by a description ("the related country") or not at all. The curator resolved
 * who is meant; the badge says so. Persons are left out (a quote naming Trump names him).
 */
export function indirectlyNamed(
  index: DatasetIndex,
  record: { evidence: { sourceId: string; quote: string }[] } & object,
  sourceId: string,
): string[] {
  const quotes = record.evidence
    .filter((e) => e.sourceId === sourceId)
    .map((e) => e.quote.toLowerCase())
    .join(' \n ');
  if (!quotes) return [];
  const out: string[] = [];
  for (const id of new Set(recordActorIds(record))) {
    const a = index.actors.get(id);
    if (!a || a.kind !== 'country') continue;
    const direct = [a.name, a.shortName, ...a.aliases.filter((x) => /^[A-Z]/.test(x))];
    if (!direct.some((n) => quotes.includes(n.toLowerCase()))) out.push(a.shortName);
  }
  return out;
}

/** The badges for one piece of a record's evidence: its document's, plus "indirect names" when it applies. */
export function evidenceStrength(
  index: DatasetIndex,
  record: { evidence: { sourceId: string; quote: string }[] } & object,
  sourceId: string,
): StrengthBadge[] {
  const src = index.sources.get(sourceId);
  if (!src) return [{ text: 'unknown document', description: `No document ${sourceId}`, weak: true }];
  const badges = sourceStrength(src);
  const indirect = indirectlyNamed(index, record, sourceId);
  if (indirect.length > 0) {
    badges.splice(badges.length - 1, 0, {
      text: 'indirect names',
      description: `The quote does not name ${indirect.join(' or ')}; the curator resolved who is meant`,
      weak: true,
    });
  }
  return badges;
}

/** The documents a record cites, each once, in the order of its evidence. */
export function recordSourceIds(record: { evidence: { sourceId: string }[] }): string[] {
  return [...new Set(record.evidence.map((e) => e.sourceId))];
}

/** "opinion · translated · no author · 2025": the badges as one line (export source lines, tables). */
export function strengthLine(badges: readonly StrengthBadge[]): string {
  return badges.map((b) => b.text).join(' · ');
}

/** The newest document: how recent the evidence is (latest possible publication date wins). */
export function newestSource(data: Pick<Dataset, 'sources'>): Source | undefined {
  let best: Source | undefined;
  for (const s of data.sources) {
    if (!best || s.published.end > best.published.end) best = s;
  }
  return best;
}
