import { READING_FIELDS, type Dataset, type ReadingField, type ReadingValue } from './schema.ts';
import type { DatasetProblem } from './problems.ts';

/**
 * Checks the ambiguities' readings beyond their schema: each reading gives values to the same record fields
 * (so switching readings is total), every value's record exists and has that field, actor values name actors,
 * and the record's own stored value is one a reading allows (a date: a span covering every reading's), so a
 * view that does not know about readings still shows nothing the documents rule out. Pure.
 */

/** Which collections' records carry each field a reading can set (metrics keep their date as `period`). */
export const FIELD_HOLDERS: Record<ReadingField, readonly string[]> = {
  rate: ['tariffMeasures'],
  basis: ['tariffMeasures'],
  imposerId: ['tariffMeasures', 'tradeMeasures'],
  targetId: ['tariffMeasures', 'tradeMeasures'],
  status: ['tariffMeasures', 'tradeMeasures'],
  date: ['tariffMeasures', 'tradeMeasures', 'events', 'metrics', 'claims'],
  terms: ['tradeMeasures'],
  claimant: ['claims'],
};

const SCALAR: ReadonlySet<ReadingField> = new Set(['rate', 'basis', 'imposerId', 'targetId', 'status']);

export function checkReadings(file: string, data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const records = new Map<string, { collection: string; record: Record<string, unknown> }>();
  for (const collection of ['tariffMeasures', 'tradeMeasures', 'events', 'metrics', 'claims'] as const) {
    for (const r of data[collection]) records.set(r.id, { collection, record: r as Record<string, unknown> });
  }
  const actorIds = new Set(data.actors.map((a) => a.id));
  const claimedBy = new Map<string, string>();

  data.ambiguities.forEach((a, i) => {
    const where = `ambiguities[${i}]`;
    const push = (field: string, message: string) =>
      problems.push({ file, where, recordId: a.id, field, message });
    const ids = a.readings.map((r) => r.id);
    if (new Set(ids).size !== ids.length) push('readings', 'two readings share an id');
    const keysOf = (values: ReadingValue[]) =>
      values
        .flatMap((v) => READING_FIELDS.filter((f) => v[f] !== undefined).map((f) => `${v.recordId}.${f}`))
        .sort()
        .join(' ');
    const first = keysOf(a.readings[0]?.values ?? []);
    a.readings.forEach((r, k) => {
      if (keysOf(r.values) !== first) {
        push(
          `readings[${k}].values`,
          'every reading must give values to the same record fields as the first',
        );
      }
      r.values.forEach((v, j) => {
        const at = `readings[${k}].values[${j}]`;
        const hit = records.get(v.recordId);
        if (!hit) {
          push(`${at}.recordId`, `refers to "${v.recordId}", which is not a measure, event, metric or claim`);
          return;
        }
        for (const f of READING_FIELDS) {
          if (v[f] === undefined) continue;
          if (!FIELD_HOLDERS[f].includes(hit.collection)) {
            push(`${at}.${f}`, `${hit.collection} records have no "${f}" a reading could set`);
          }
          const key = `${v.recordId}.${f}`;
          const owner = claimedBy.get(key);
          if (owner !== undefined && owner !== a.id) push(`${at}.${f}`, `also set by ambiguity "${owner}"`);
          claimedBy.set(key, a.id);
        }
        for (const f of ['imposerId', 'targetId'] as const) {
          const ref = v[f];
          if (ref !== undefined && !actorIds.has(ref))
            push(`${at}.${f}`, `refers to "${ref}", which is not an actor`);
        }
      });
    });
    // The record's own value must be one the readings allow.
    const byKey = new Map<string, { recordId: string; field: ReadingField; values: unknown[] }>();
    for (const r of a.readings) {
      for (const v of r.values) {
        for (const f of READING_FIELDS) {
          if (v[f] === undefined) continue;
          const key = `${v.recordId}.${f}`;
          const entry = byKey.get(key) ?? { recordId: v.recordId, field: f, values: [] };
          entry.values.push(v[f]);
          byKey.set(key, entry);
        }
      }
    }
    for (const { recordId, field, values } of byKey.values()) {
      const hit = records.get(recordId);
      if (!hit) continue;
      const own = field === 'date' ? (hit.record.date ?? hit.record.period) : hit.record[field];
      if (SCALAR.has(field) && !values.includes(own)) {
        push('readings', `${recordId}'s own ${field} (${String(own)}) is not the value of any reading`);
      }
      if (field === 'date' && own && typeof own === 'object') {
        const span = own as { start: string; end: string };
        const covers = (values as { start: string; end: string }[]).every(
          (d) => span.start <= d.start && d.end <= span.end,
        );
        if (!covers) push('readings', `${recordId}'s own date must cover the date of every reading`);
      }
    }
  });
  return problems;
}
