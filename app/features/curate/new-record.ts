import { isVerbatim } from '../../data/quote-check.ts';
import { validateDataset, DatasetError } from '../../data/load-dataset.ts';
import { formatProblem } from '../../data/problems.ts';
import { tariffMeasure, type Dataset, type Source, type TariffMeasure } from '../../data/schema.ts';
import { formatIsoDate } from '../../lib/format.ts';
import type { OpenDocument } from './open-document.ts';

/** What the tariff-measure form holds, as typed. */
export interface TariffDraft {
  imposerId: string;
  targetId: string;
  rate: string;
  basis: string;
  status: string;
  date: string | null;
  label: string;
  quote: string;
}

/** A source record for a document no source has: its fingerprint, a title, and dates left to the curator. */
export function newSource(doc: OpenDocument, title: string, id: string, date: string): Source {
  return {
    id,
    file: `${id}.txt`,
    sha256: doc.sha256,
    bytes: doc.bytes,
    title: title.trim() || doc.name,
    published: {
      start: date,
      end: date,
      precision: 'day',
      label: formatIsoDate(date),
      inferred: true,
      reasoning:
        'Not yet dated by the curator: the date of the first record taken from it, as a placeholder.',
    },
    kind: 'report',
    language: 'English',
    evidence: [],
    notes: [],
  };
}

export type BuildResult =
  | { ok: true; record: TariffMeasure }
  /** Issues by field of the form (the schema's path, first segment). */
  | { ok: false; issues: Record<string, string[]> };

/**
 * The tariff measure a draft describes, validated with the schema; the quote must also be verbatim in the
 * open document. Pure.
 */
export function buildTariffMeasure(
  draft: TariffDraft,
  id: string,
  sourceId: string,
  documentText: string,
): BuildResult {
  const rate = draft.rate.trim() === '' ? NaN : Number(draft.rate);
  const candidate = {
    id,
    imposerId: draft.imposerId,
    targetId: draft.targetId,
    rate: Number.isFinite(rate) ? rate : undefined,
    basis: draft.basis,
    status: draft.status,
    date: draft.date
      ? {
          start: draft.date,
          end: draft.date,
          precision: 'day',
          label: formatIsoDate(draft.date),
          inferred: false,
        }
      : undefined,
    label: draft.label,
    evidence: [{ sourceId, quote: draft.quote }],
    notes: [],
  };
  const parsed = tariffMeasure.safeParse(candidate);
  const issues: Record<string, string[]> = {};
  const add = (field: string, message: string) => (issues[field] ??= []).push(message);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const head = String(issue.path[0] ?? 'record');
      add(head === 'evidence' ? 'quote' : head, issue.message);
    }
  }
  if (draft.quote.trim() !== '' && !isVerbatim(documentText, draft.quote))
    add('quote', 'not verbatim in this document');
  if (draft.imposerId !== '' && draft.imposerId === draft.targetId)
    add('targetId', 'the target is not the imposer');
  return parsed.success && Object.keys(issues).length === 0
    ? { ok: true, record: parsed.data }
    : { ok: false, issues };
}

/**
 * The workspace with a new record (and its new source, if any) added, checked as any import is. Pure;
 * throws an Error naming the problems.
 */
export function addToWorkspace(base: Dataset, record: TariffMeasure, source?: Source): Dataset {
  const next: Dataset = {
    ...base,
    sources: source ? [...base.sources, source] : base.sources,
    tariffMeasures: [...base.tariffMeasures, record],
  };
  try {
    return validateDataset('workspace', next);
  } catch (e) {
    if (e instanceof DatasetError) throw new Error(e.problems.map(formatProblem).join('; '));
    throw e;
  }
}
