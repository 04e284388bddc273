import type { z } from 'zod';
import { isVerbatim } from '../../data/quote-check.ts';
import { validateDataset, DatasetError } from '../../data/load-dataset.ts';
import { formatProblem } from '../../data/problems.ts';
import { FIELD_HOLDERS } from '../../data/readings-check.ts';
import {
  ambiguity,
  claim,
  diplomaticEvent,
  metric,
  tariffMeasure,
  tradeMeasure,
  type Ambiguity,
  type Dataset,
  type ReadingField,
  type FuzzyDate,
  type Source,
} from '../../data/schema.ts';
import { formatIsoDate, formatSpanWithYear } from '../../lib/format.ts';
import { fieldsOf, type FieldDescriptor } from './schema-fields.ts';
import type { OpenDocument } from './open-document.ts';

/** The collections a selection can become a record of, with the name a user picks them by. */
export const NEW_RECORD_KINDS = [
  { collection: 'tariffMeasures', label: 'Tariff measure', schema: tariffMeasure, idPrefix: 'tm' },
  {
    collection: 'tradeMeasures',
    label: 'Sanction or export control',
    schema: tradeMeasure,
    idPrefix: 'trade',
  },
  { collection: 'events', label: 'Event', schema: diplomaticEvent, idPrefix: 'ev' },
  { collection: 'metrics', label: 'Metric', schema: metric, idPrefix: 'm' },
  { collection: 'claims', label: 'Claim', schema: claim, idPrefix: 'c' },
] as const satisfies readonly {
  collection: keyof Dataset;
  label: string;
  schema: z.ZodObject;
  idPrefix: string;
}[];
export type NewRecordKind = (typeof NEW_RECORD_KINDS)[number];
export type NewRecordCollection = NewRecordKind['collection'];
export type NewRecord = Dataset[NewRecordCollection][number];

export function kindOfCollection(collection: NewRecordCollection): NewRecordKind {
  return NEW_RECORD_KINDS.find((k) => k.collection === collection)!;
}

/** A fuzzy date as typed: the span's days (null until complete), precision, label, inferred and reasoning. */
export interface DateDraft {
  start: string | null;
  end: string | null;
  precision: string;
  label: string;
  inferred: boolean;
  reasoning: string;
}
export interface NoteDraft {
  kind: string;
  text: string;
}
/** What a field holds as typed (strings for numbers and ids, so a typo is shown, not lost). */
export type DraftValue = string | string[] | boolean | DateDraft | NoteDraft[] | Draft | null;
export interface Draft {
  [key: string]: DraftValue;
}

/** The empty form for a list of fields (an enum with a schema default starts on it). */
export function emptyDraft(fields: FieldDescriptor[]): Draft {
  const draft: Draft = {};
  for (const f of fields) {
    const k = f.kind;
    if (k.type === 'fuzzy-date')
      draft[f.key] = { start: null, end: null, precision: 'day', label: '', inferred: false, reasoning: '' };
    else if (k.type === 'notes') draft[f.key] = [];
    else if (k.type === 'actor' && k.many) draft[f.key] = [];
    else if (k.type === 'boolean') draft[f.key] = false;
    else if (k.type === 'group') draft[f.key] = emptyDraft(k.fields);
    else if (k.type === 'enum') draft[f.key] = k.defaultValue ?? '';
    else if (k.type === 'iso-date') draft[f.key] = null;
    else if (k.type !== 'omitted') draft[f.key] = '';
  }
  return draft;
}

/** The label a date gets when the curator writes none: "1 Nov 2025", or "1–15 Nov 2025" for a span. */
export function dateLabel(start: string, end: string): string {
  return start === end ? formatIsoDate(start) : formatSpanWithYear(start, end);
}

function fuzzyCandidate(d: DateDraft): unknown {
  const empty = !d.start && !d.end && d.label.trim() === '' && !d.inferred && d.reasoning.trim() === '';
  if (empty) return undefined;
  const start = d.start ?? undefined;
  const end = d.end ?? d.start ?? undefined;
  return {
    start,
    end,
    precision: d.precision,
    label: d.label.trim() || (start && end ? dateLabel(start, end) : ''),
    inferred: d.inferred,
    reasoning: d.reasoning.trim() || undefined,
  };
}

/**
 * The record a draft describes, before the schema checks it: empty text and lists are absent (the schema's
 * "never empty" rule), numbers are numbers where they read as one (else the text, which the schema rejects
 * with its own message). Pure.
 */
export function candidateOf(fields: FieldDescriptor[], draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = draft[f.key];
    const k = f.kind;
    let value: unknown;
    switch (k.type) {
      case 'text':
      case 'enum':
      case 'actor':
        if (Array.isArray(v)) value = v.length ? v : undefined;
        else
          value = typeof v === 'string' && v.trim() !== '' ? (k.type === 'text' ? v.trim() : v) : undefined;
        break;
      case 'number': {
        const s = typeof v === 'string' ? v.trim() : '';
        value = s === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s;
        break;
      }
      case 'boolean':
        value = v === true;
        break;
      case 'iso-date':
        value = typeof v === 'string' && v !== '' ? v : undefined;
        break;
      case 'record-ids': {
        const ids = (typeof v === 'string' ? v : '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        value = k.many ? (ids.length ? ids : undefined) : ids[0];
        break;
      }
      case 'fuzzy-date':
        value = fuzzyCandidate(v as DateDraft);
        break;
      case 'notes': {
        const notes = (v as NoteDraft[]).map((n) => ({ kind: n.kind, text: n.text.trim() }));
        value = notes.length ? notes : undefined;
        break;
      }
      case 'group': {
        const inner = candidateOf(k.fields, v as Draft);
        const given = Object.entries(inner).filter(([, x]) => x !== undefined && x !== false);
        value = given.length ? inner : undefined;
        break;
      }
      case 'omitted':
        value = undefined;
    }
    if (value !== undefined) out[f.key] = value;
  }
  return out;
}

export type BuildResult =
  | { ok: true; record: NewRecord }
  /** Problems by the field's path in the form ("rate", "date.reasoning", "notes.0.text"; "quote" for the evidence). */
  | { ok: false; issues: Record<string, string[]> };

/**
 * The record of a collection a draft describes, validated with the collection's schema, with the quote as
 * its evidence; the quote must also be verbatim in the open document. Pure.
 */
export function buildRecord(
  collection: NewRecordCollection,
  draft: Draft,
  quote: string,
  id: string,
  sourceId: string,
  documentText: string,
): BuildResult {
  const { schema } = kindOfCollection(collection);
  const candidate = { id, ...candidateOf(fieldsOf(schema), draft), evidence: [{ sourceId, quote }] };
  const parsed = schema.safeParse(candidate);
  const issues: Record<string, string[]> = {};
  const add = (path: string, message: string) => (issues[path] ??= []).push(message);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      add(path[0] === 'evidence' ? 'quote' : path.join('.') || 'record', issue.message);
    }
  }
  if (quote.trim() !== '' && !isVerbatim(documentText, quote)) add('quote', 'not verbatim in this document');
  const c = candidate as { imposerId?: string; targetId?: string };
  if (c.imposerId && c.imposerId === c.targetId) add('targetId', 'the target is not the imposer');
  return parsed.success && Object.keys(issues).length === 0
    ? { ok: true, record: parsed.data as NewRecord }
    : { ok: false, issues };
}

/** The date a record is about (for a new source's placeholder date), if it has one. */
export function recordDate(record: NewRecord): FuzzyDate | undefined {
  return 'period' in record ? record.period : record.date;
}

/** The record's name as the views show it. */
export function newRecordTitle(record: NewRecord): string {
  if ('label' in record) return record.label;
  if ('title' in record) return record.title;
  return `${record.claimant}: ${record.text}`;
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

/** Readings as typed: what is open, the one field the readings set, and each reading's label, reasoning, value. */
export interface ReadingsDraft {
  title: string;
  field: string;
  readings: { label: string; reasoning: string; value: string }[];
}

/** The fields of a collection's records a reading of the quote can set to one value or another. */
export function readingFieldsOf(collection: NewRecordCollection): ReadingField[] {
  return (['rate', 'basis', 'imposerId', 'targetId', 'status', 'claimant'] as const).filter((f) =>
    FIELD_HOLDERS[f].includes(collection),
  );
}

export function emptyReadings(collection: NewRecordCollection): ReadingsDraft {
  const field = readingFieldsOf(collection)[0] ?? '';
  const reading = { label: '', reasoning: '', value: '' };
  return { title: '', field, readings: [reading, reading] };
}

export type AmbiguityResult =
  | { ok: true; ambiguity: Ambiguity | undefined }
  /** Problems by path in the form ("ambiguity.title", "ambiguity.readings.0.value"). */
  | { ok: false; issues: Record<string, string[]> };

/**
 * The ambiguity the readings describe (none when nothing is typed): the quote is its statement and each
 * reading's evidence; each reading gives the record's field its value. Validated with the schema, and the
 * record's own value must be one of the readings' (no reading is a default, but the record stores one every
 * reading allows). Pure.
 */
export function buildAmbiguity(
  draft: ReadingsDraft,
  record: NewRecord,
  quote: string,
  sourceId: string,
  id: string,
): AmbiguityResult {
  const typed = draft.title.trim() !== '' || draft.readings.some((r) => r.label || r.reasoning || r.value);
  if (!typed) return { ok: true, ambiguity: undefined };
  const field = draft.field as ReadingField;
  const valueOf = (v: string) => {
    const s = v.trim();
    if (s === '') return undefined;
    return field === 'rate' ? (Number.isFinite(Number(s)) ? Number(s) : s) : s;
  };
  const candidate = {
    id,
    title: draft.title.trim(),
    statement: quote,
    readings: draft.readings.map((r, i) => ({
      id: String.fromCharCode(97 + i),
      label: r.label.trim(),
      reasoning: r.reasoning.trim(),
      evidence: [{ sourceId, quote }],
      values: [{ recordId: record.id, [field]: valueOf(r.value) }],
    })),
    notes: [],
  };
  const parsed = ambiguity.safeParse(candidate);
  const issues: Record<string, string[]> = {};
  const add = (path: string, message: string) => (issues[path] ??= []).push(message);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, k, sub] = issue.path.map(String);
      if (head === 'readings' && k !== undefined && sub !== undefined)
        add(`ambiguity.readings.${k}.${sub === 'values' ? 'value' : sub}`, issue.message);
      else add(`ambiguity.${head ?? 'title'}`, issue.message);
    }
  }
  const own = (record as Record<string, unknown>)[field];
  const values = candidate.readings.map((r) => r.values[0]![field]);
  if (parsed.success && !values.includes(own as never))
    add('ambiguity.field', `the record's own ${field} (${String(own)}) is not the value of any reading`);
  return parsed.success && Object.keys(issues).length === 0
    ? { ok: true, ambiguity: parsed.data }
    : { ok: false, issues };
}

/**
 * The workspace with a new record (and its new source, if any) added to its collection, checked as any
 * import is. Pure; throws an Error naming the problems.
 */
export function addToWorkspace(
  base: Dataset,
  collection: NewRecordCollection,
  record: NewRecord,
  source?: Source,
  readings?: Ambiguity,
): Dataset {
  const next = {
    ...base,
    sources: source ? [...base.sources, source] : base.sources,
    ambiguities: readings ? [...base.ambiguities, readings] : base.ambiguities,
    [collection]: [...base[collection], record],
  } as Dataset;
  try {
    return validateDataset('workspace', next);
  } catch (e) {
    if (e instanceof DatasetError) throw new Error(e.problems.map(formatProblem).join('; '));
    throw e;
  }
}
