import { RECORD_COLLECTIONS, type Dataset, type RecordCollection } from '../data/schema.ts';

/** Which data the views show: the shipped dataset, the user's workspace, or the two merged. */
export type DataChoice = 'shipped' | 'workspace' | 'merged';

/** A record present in both, with different content: the shipped one and the user's, side by side. */
export interface MergeConflict {
  collection: Collection;
  id: string;
  shipped: unknown;
  yours: unknown;
}

export interface MergedData {
  dataset: Dataset;
  /** Ids of records (and sources) that come from the user's workspace: marked "yours" everywhere. */
  yours: ReadonlySet<string>;
  conflicts: MergeConflict[];
}

/** Every collection of records with ids: the readings of ambiguous statements too, so none a user made is lost. */
type Collection = RecordCollection | 'sources' | 'ambiguities';
const COLLECTIONS: readonly Collection[] = ['sources', ...RECORD_COLLECTIONS, 'ambiguities'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The shipped dataset with the user's workspace laid over it, record by record: a record only the user has is
 * added; one both have with the same content stays shipped; one both have with different content is the
 * user's version in the views and a conflict listed with both versions. Nothing is dropped and nothing in
 * either input is changed. Pure.
 */
export function mergeDatasets(shipped: Dataset, workspace: Dataset): MergedData {
  const yours = new Set<string>();
  const conflicts: MergeConflict[] = [];
  const out = { ...shipped } as Record<Collection, { id: string }[]> & Dataset;
  for (const c of COLLECTIONS) {
    const base = shipped[c] as { id: string }[];
    const theirs = workspace[c] as { id: string }[];
    const byId = new Map(theirs.map((r) => [r.id, r]));
    const merged = base.map((r) => {
      const y = byId.get(r.id);
      if (!y) return r;
      byId.delete(r.id);
      if (same(r, y)) return r;
      yours.add(r.id);
      conflicts.push({ collection: c, id: r.id, shipped: r, yours: y });
      return y;
    });
    for (const y of byId.values()) {
      yours.add(y.id);
      merged.push(y);
    }
    (out as Record<Collection, unknown[]>)[c] = merged;
  }
  return { dataset: out, yours, conflicts };
}

/**
 * The change a workspace makes to the shipped dataset, as a file a curator can review: records that are new
 * and records that differ, by collection (unchanged ones are left out).
 */
export function workspaceDiff(
  shipped: Dataset,
  workspace: Dataset,
): {
  added: Partial<Record<Collection, unknown[]>>;
  changed: Partial<Record<Collection, { shipped: unknown; yours: unknown }[]>>;
} {
  const added: Partial<Record<Collection, unknown[]>> = {};
  const changed: Partial<Record<Collection, { shipped: unknown; yours: unknown }[]>> = {};
  for (const c of COLLECTIONS) {
    const base = new Map((shipped[c] as { id: string }[]).map((r) => [r.id, r]));
    for (const y of workspace[c] as { id: string }[]) {
      const s = base.get(y.id);
      if (!s) (added[c] ??= []).push(y);
      else if (!same(s, y)) (changed[c] ??= []).push({ shipped: s, yours: y });
    }
  }
  return { added, changed };
}
