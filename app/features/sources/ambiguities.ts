import type { CuratorNote, Dataset } from '../../data/schema.ts';
import { collectionLabel, indexDataset, type AnyRecord } from '../../data/selectors.ts';

/** One place where the documents are ambiguous or disagree, with every record it concerns. */
export interface AmbiguityItem {
  kind: 'ambiguous' | 'conflict';
  /** The curator's notes on it (one per record that carries it, duplicates removed). */
  notes: string[];
  /** The records concerned, to be shown side by side. */
  records: AnyRecord[];
}

/**
 * Every ambiguity and conflict in the dataset, grouped so that a pair of records that point at each other
 * (the 10% and the 30% of one sentence, say) is one item shown side by side, not two. Pure.
 */
export function listAmbiguities(data: Dataset): AmbiguityItem[] {
  const index = indexDataset(data);
  const groups = new Map<string, AmbiguityItem>();
  for (const entry of index.records.values()) {
    for (const note of entry.record.notes as CuratorNote[]) {
      if (note.kind !== 'ambiguous' && note.kind !== 'conflict') continue;
      const ids = [...new Set([entry.record.id, ...(note.relatedIds ?? [])])].filter((id) =>
        index.records.has(id),
      );
      // Records that point at each other form one item; the key is the sorted set of ids and the kind.
      const key = `${note.kind}|${[...ids].sort().join(',')}`;
      const item = groups.get(key) ?? {
        kind: note.kind,
        notes: [],
        records: ids.map((id) => index.records.get(id)!),
      };
      if (!item.notes.includes(note.text)) item.notes.push(note.text);
      groups.set(key, item);
    }
  }
  return [...groups.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'conflict' ? -1 : 1));
}

/** Claims grouped by the document that makes them, in dataset order. */
export function claimsBySource(data: Dataset): Map<string, Dataset['claims']> {
  const out = new Map<string, Dataset['claims']>();
  for (const c of data.claims) {
    const sid = c.evidence[0]?.sourceId;
    if (!sid) continue;
    out.set(sid, [...(out.get(sid) ?? []), c]);
  }
  return out;
}

/**
 * What a compared record is, as precisely as the record says: "Export control" or "Sanction" rather than
 * "Sanction / export control", and a claim with its kind ("Claim (assessment)"): an assessment is not an event.
 */
export function recordKindLabel(entry: AnyRecord): string {
  if (entry.collection === 'tradeMeasures')
    return entry.record.kind === 'export-control' ? 'Export control' : 'Sanction';
  if (entry.collection === 'claims') return `Claim (${entry.record.kind})`;
  return collectionLabel(entry);
}
