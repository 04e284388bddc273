/**
 * Three-way merge of a list of items with ids: what this tab has (`local`), what storage holds now
 * (`stored`, perhaps written by another tab) and what both last agreed on (`base`). Item by item: a change
 * on one side wins over no change; an item added on either side is kept; an item deleted on one side goes
 * unless the other side changed it since (then nothing is lost). Two different items added under the same id
 * on both sides are both kept (the local one gets a new id). Pure.
 */
export interface MergeItemsOptions<T> {
  id: (item: T) => string;
  /** A new id for a local item whose id another tab used for a different item. */
  reId: (item: T, taken: ReadonlySet<string>) => T;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function orderChanged(base: readonly string[], local: readonly string[]): boolean {
  const inBoth = new Set(base.filter((id) => local.includes(id)));
  const a = base.filter((id) => inBoth.has(id));
  const b = local.filter((id) => inBoth.has(id));
  return a.some((id, i) => b[i] !== id);
}

export function mergeItems<T>(
  base: readonly T[],
  local: readonly T[],
  stored: readonly T[],
  { id, reId }: MergeItemsOptions<T>,
): T[] {
  const B = new Map(base.map((x) => [id(x), x]));
  const L = new Map(local.map((x) => [id(x), x]));
  const S = new Map(stored.map((x) => [id(x), x]));
  const chosen = new Map<string, T>();
  const renamed: T[] = [];
  for (const key of new Set([...L.keys(), ...S.keys()])) {
    const b = B.get(key);
    const l = L.get(key);
    const s = S.get(key);
    if (b !== undefined) {
      if (l !== undefined && s !== undefined) chosen.set(key, same(l, b) ? s : l);
      else if (l !== undefined && !same(l, b)) chosen.set(key, l);
      else if (s !== undefined && !same(s, b)) chosen.set(key, s);
    } else if (l !== undefined && s !== undefined) {
      chosen.set(key, s);
      if (!same(l, s)) renamed.push(l);
    } else {
      chosen.set(key, (l ?? s)!);
    }
  }
  // The order of the side that reordered since the base (this tab's when both did), the other side's new
  // items after the item they followed there.
  const localFirst = orderChanged(base.map(id), local.map(id));
  const [primary, secondary] = localFirst ? [local, stored] : [stored, local];
  const out: string[] = primary.map(id).filter((k) => chosen.has(k));
  const placed = new Set(out);
  let after = -1;
  for (const x of secondary) {
    const k = id(x);
    if (placed.has(k)) {
      after = out.indexOf(k);
      continue;
    }
    if (!chosen.has(k)) continue;
    out.splice(after + 1, 0, k);
    placed.add(k);
    after += 1;
  }
  const result: T[] = out.map((k) => chosen.get(k)!);
  const taken = new Set(out);
  for (const x of renamed) {
    const y = reId(x, taken);
    taken.add(id(y));
    result.push(y);
  }
  return result;
}
