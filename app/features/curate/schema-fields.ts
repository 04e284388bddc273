import type { z } from 'zod';
import { ACTOR_FIELDS, REFERENCE_FIELDS } from '../../data/problems.ts';

/**
 * The fields of a record form, generated from the record's zod schema (the single definition): each key of
 * the object's shape becomes a descriptor saying which control edits it. Pure; the form renders descriptors
 * and never lists a collection's fields itself, so a field added to the schema appears in the form.
 */
export type FieldKind =
  /** One line of text (`long`: a text area, for text that may run past 150 characters). */
  | { type: 'text'; long: boolean }
  | { type: 'number'; integer: boolean }
  /** One of the schema's options (a select). */
  | { type: 'enum'; options: readonly string[]; defaultValue?: string }
  | { type: 'boolean' }
  /** A calendar date YYYY-MM-DD. */
  | { type: 'iso-date' }
  /** A date as a document gives it: span, precision, label, inferred and reasoning. */
  | { type: 'fuzzy-date' }
  /** An actor picked from the actors list (`many`: one or more). */
  | { type: 'actor'; many: boolean }
  /** Ids of other records, typed as a comma-separated list. */
  | { type: 'record-ids'; many: boolean }
  /** The curator's notes: kind and text, as many as wanted. */
  | { type: 'notes'; kinds: readonly string[] }
  /** A nested object, edited field by field (left out when every one of its fields is empty). */
  | { type: 'group'; fields: FieldDescriptor[] }
  /** Not edited in this form (a list of nested objects): the record gets the schema's default. */
  | { type: 'omitted' };

export interface FieldDescriptor {
  key: string;
  label: string;
  /** The schema's description, shown as the field's hint. */
  hint?: string;
  required: boolean;
  kind: FieldKind;
}

/** Fields the form fills itself: the id is generated, the evidence is the quote of the open document. */
const FILLED_BY_FORM = new Set(['id', 'evidence']);

/** Labels a user reads, where the key does not say it plainly. */
const LABELS: Record<string, string> = {
  imposerId: 'Imposer',
  targetId: 'Target',
  countryId: 'Country',
  partyIds: 'Parties',
  subjectIds: 'Subjects',
  aboutIds: 'About (ids)',
  relatedIds: 'Related records (ids)',
  ratesBeforeIds: 'Rates before (ids)',
  ratesAfterIds: 'Rates after (ids)',
  replacesId: 'Replaces (id)',
  cancelsId: 'Cancels (id)',
  rate: 'Rate (%)',
  endsOn: 'Ends on',
};

/** "durationDays" → "Duration days". */
export function labelOf(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
};
const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def;

function isFuzzyDate(s: z.ZodType): boolean {
  const shape = (s as unknown as { shape?: Record<string, unknown> }).shape;
  return !!shape && 'start' in shape && 'end' in shape && 'precision' in shape && 'inferred' in shape;
}

function isCuratorNote(s: z.ZodType): boolean {
  const shape = (s as unknown as { shape?: Record<string, unknown> }).shape;
  return !!shape && 'kind' in shape && 'text' in shape && Object.keys(shape).length <= 3;
}

function isIsoDateString(s: z.ZodType): boolean {
  return (defOf(s).checks ?? []).some((c) => String(c._zod.def.pattern ?? '').includes('\\d{4}'));
}

/** The control a schema (optional and default wrappers removed) is edited with. */
function kindOf(key: string, s: z.ZodType): FieldKind {
  const d = defOf(s);
  const ref = (REFERENCE_FIELDS as readonly string[]).includes(key);
  const actor = (ACTOR_FIELDS as readonly string[]).includes(key);
  switch (d.type) {
    case 'string':
      if (actor) return { type: 'actor', many: false };
      if (ref) return { type: 'record-ids', many: false };
      if (isIsoDateString(s)) return { type: 'iso-date' };
      return { type: 'text', long: ((s as z.ZodString).maxLength ?? Infinity) > 150 };
    case 'number':
      return { type: 'number', integer: !!(s as z.ZodNumber).isInt };
    case 'enum':
      return { type: 'enum', options: (s as z.ZodEnum).options as string[] };
    case 'boolean':
      return { type: 'boolean' };
    case 'array': {
      const el = unwrap(d.element!).schema;
      if (actor) return { type: 'actor', many: true };
      if (ref) return { type: 'record-ids', many: true };
      if (isCuratorNote(el)) {
        const kind = (el as unknown as { shape: { kind: z.ZodEnum } }).shape.kind;
        return { type: 'notes', kinds: kind.options as string[] };
      }
      return { type: 'omitted' };
    }
    case 'object':
      if (isFuzzyDate(s)) return { type: 'fuzzy-date' };
      return { type: 'group', fields: fieldsOf(s as z.ZodObject) };
    default:
      return { type: 'omitted' };
  }
}

function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let schema = s;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const d = defOf(schema);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') {
      optional = true;
      defaultValue = d.defaultValue;
    } else break;
    schema = d.innerType!;
  }
  return { schema, optional, defaultValue };
}

/** The form fields of a record schema, in the schema's order (id and evidence are the form's own). */
export function fieldsOf(schema: z.ZodObject): FieldDescriptor[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([key]) => !FILLED_BY_FORM.has(key))
    .map(([key, field]) => {
      const { schema: inner, optional, defaultValue } = unwrap(field);
      let kind = kindOf(key, inner);
      if (kind.type === 'enum' && typeof defaultValue === 'string') kind = { ...kind, defaultValue };
      const hint = field.description ?? inner.description;
      // An id's description ("Stable identifier…") says nothing about the field it refers from.
      const useful = hint && !(key !== 'id' && /^Stable identifier/.test(hint));
      return {
        key,
        label: labelOf(key),
        ...(useful ? { hint } : {}),
        required: !optional,
        kind,
      };
    });
}
