import type { z } from 'zod';
import { RECORD_COLLECTIONS, type Dataset } from './schema.ts';

/** One thing wrong with a dataset, located well enough for a curator to fix it: file, record, field. */
export interface DatasetProblem {
  file: string;
  /** e.g. "tariffMeasures[3]" */
  where: string;
  recordId?: string;
  field?: string;
  message: string;
}

/** "tariffMeasures[3] (us-china-spring) › evidence[0].quote: …" */
export function formatProblem(p: DatasetProblem): string {
  const record = p.recordId ? `${p.where} (${p.recordId})` : p.where;
  const field = p.field ? ` › ${p.field}` : '';
  return `${p.file} › ${record}${field}: ${p.message}`;
}

function pathToField(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function lookupId(raw: unknown, collection: PropertyKey, index: PropertyKey): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const list = (raw as Record<PropertyKey, unknown>)[collection];
  if (!Array.isArray(list) || typeof index !== 'number') return undefined;
  const rec: unknown = list[index];
  if (typeof rec === 'object' && rec !== null && typeof (rec as { id?: unknown }).id === 'string') {
    return (rec as { id: string }).id;
  }
  return undefined;
}

/** Turns zod issues into located problems, naming the record by its id where the raw JSON has one. */
export function problemsFromZod(file: string, raw: unknown, error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path;
    if (collection === undefined) return { file, where: '(top level)', message: issue.message };
    if (typeof index !== 'number') {
      return {
        file,
        where: String(collection),
        field: rest.length ? pathToField(rest) : undefined,
        message: issue.message,
      };
    }
    return {
      file,
      where: `${String(collection)}[${index}]`,
      recordId: lookupId(raw, collection, index),
      field: rest.length ? pathToField(rest) : undefined,
      message: issue.message,
    };
  });
}

type AnyRecord = { id: string } & Record<string, unknown>;

export const REFERENCE_FIELDS = [
  'imposerId',
  'targetId',
  'countryId',
  'replacesId',
  'cancelsId',
  'partyIds',
  'relatedIds',
  'ratesBeforeIds',
  'ratesAfterIds',
  'aboutIds',
  'subjectIds',
  'basedOnIds',
] as const;

/** The reference fields that name actors (the others name records). */
export const ACTOR_FIELDS = [
  'imposerId',
  'targetId',
  'countryId',
  'partyIds',
  'subjectIds',
] as const satisfies readonly (typeof REFERENCE_FIELDS)[number][];

/**
 * Checks what a schema alone cannot: ids are unique across the dataset and every reference resolves.
 * Pure; used by the app at load time and by the audit in CI.
 */
export function checkIntegrity(file: string, data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceIds = new Set<string>();
  const recordIds = new Map<string, string>();

  data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) {
      problems.push({
        file,
        where: `sources[${i}]`,
        recordId: s.id,
        field: 'id',
        message: 'duplicate source id',
      });
    }
    sourceIds.add(s.id);
  });
  for (const collection of RECORD_COLLECTIONS) {
    (data[collection] as AnyRecord[]).forEach((r, i) => {
      const seen = recordIds.get(r.id) ?? (sourceIds.has(r.id) ? 'sources' : undefined);
      if (seen) {
        problems.push({
          file,
          where: `${collection}[${i}]`,
          recordId: r.id,
          field: 'id',
          message: `duplicate id (also used in ${seen})`,
        });
      }
      recordIds.set(r.id, collection);
    });
  }

  const actorIds = new Set(data.actors.map((a) => a.id));
  const checkRef = (where: string, recordId: string, field: string, ref: string, mustBeActor: boolean) => {
    const ok = mustBeActor ? actorIds.has(ref) : recordIds.has(ref);
    if (!ok) {
      problems.push({
        file,
        where,
        recordId,
        field,
        message: `refers to "${ref}", which is not ${mustBeActor ? 'an actor' : 'a record'} in the dataset`,
      });
    }
  };
  const actorFields = new Set<string>(ACTOR_FIELDS);

  for (const collection of RECORD_COLLECTIONS) {
    (data[collection] as AnyRecord[]).forEach((r, i) => {
      const where = `${collection}[${i}]`;
      for (const field of REFERENCE_FIELDS) {
        const value = r[field];
        const refs = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
        refs.forEach((ref) => checkRef(where, r.id, field, ref, actorFields.has(field)));
      }
      const evidence = (r.evidence as { sourceId: string }[] | undefined) ?? [];
      evidence.forEach((e, j) => {
        if (!sourceIds.has(e.sourceId)) {
          problems.push({
            file,
            where,
            recordId: r.id,
            field: `evidence[${j}].sourceId`,
            message: `refers to source "${e.sourceId}", which is not in sources`,
          });
        }
      });
      const turning = r.turningPoint as { label: string } | undefined;
      if (turning) {
        const quoted = evidence.map((e) => (e as { quote?: string }).quote ?? '').join(' ');
        const stated = new Set(quoted.match(/\d+(?:\.\d+)?/g) ?? []);
        const unstated = (turning.label.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !stated.has(n));
        if (unstated.length > 0) {
          problems.push({
            file,
            where,
            recordId: r.id,
            field: 'turningPoint.label',
            message: `the label says ${unstated.join(', ')}, which no quote of the record states`,
          });
        }
      }
      const notes = (r.notes as { relatedIds?: string[] }[] | undefined) ?? [];
      notes.forEach((n, j) =>
        (n.relatedIds ?? []).forEach((ref) => checkRef(where, r.id, `notes[${j}].relatedIds`, ref, false)),
      );
    });
  }
  data.scenarios.forEach((s, i) =>
    s.steps.forEach((step, j) => {
      checkRef(`scenarios[${i}]`, s.id, `steps[${j}].imposerId`, step.imposerId, true);
      checkRef(`scenarios[${i}]`, s.id, `steps[${j}].targetId`, step.targetId, true);
    }),
  );
  data.sources.forEach((s, i) =>
    s.evidence.forEach((e, j) => {
      if (e.sourceId !== s.id) {
        problems.push({
          file,
          where: `sources[${i}]`,
          recordId: s.id,
          field: `evidence[${j}].sourceId`,
          message: 'a source can only quote itself',
        });
      }
    }),
  );
  return problems;
}
