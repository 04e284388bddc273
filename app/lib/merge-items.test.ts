import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeItems } from './merge-items.ts';

interface Item {
  id: string;
  text: string;
}
const it_ = (id: string, text = id): Item => ({ id, text });
const opts = {
  id: (x: Item) => x.id,
  reId: (x: Item, taken: ReadonlySet<string>) => {
    let n = 1;
    while (taken.has(`${x.id}-${n}`)) n++;
    return { ...x, id: `${x.id}-${n}` };
  },
};
const ids = (xs: Item[]) => xs.map((x) => x.id);

describe('merging two tabs item by item', () => {
  const base = [it_('a'), it_('b')];

  it('keeps an item added in each tab', () => {
    const local = [...base, it_('c')];
    const stored = [...base, it_('d')];
    expect(ids(mergeItems(base, local, stored, opts))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('respects a deletion on either side, unless the other side edited the item since', () => {
    expect(ids(mergeItems(base, [it_('a')], base, opts))).toEqual(['a']);
    expect(ids(mergeItems(base, base, [it_('b')], opts))).toEqual(['b']);
    expect(mergeItems(base, [it_('a'), it_('b', 'edited')], [it_('b')], opts)).toEqual([it_('b', 'edited')]);
  });

  it('takes the edit from the side that made it', () => {
    expect(mergeItems(base, base, [it_('a', 'there'), it_('b')], opts)).toEqual([
      it_('a', 'there'),
      it_('b'),
    ]);
    expect(mergeItems(base, [it_('a', 'here'), it_('b')], base, opts)).toEqual([it_('a', 'here'), it_('b')]);
  });

  it('keeps both of two different items added under the same id', () => {
    const r = mergeItems(base, [...base, it_('c', 'mine')], [...base, it_('c', 'theirs')], opts);
    expect(r).toEqual([...base, it_('c', 'theirs'), it_('c-1', 'mine')]);
  });

  it('keeps the order of the side that moved items', () => {
    const three = [it_('a'), it_('b'), it_('c')];
    expect(
      ids(mergeItems(three, [it_('c'), it_('a'), it_('b')], [it_('a'), it_('b'), it_('d'), it_('c')], opts)),
    ).toEqual(['c', 'a', 'b', 'd']);
  });

  it('loses no item either side added, whatever the lists (property)', () => {
    const list = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(list, list, list, (b, l, s) => {
        const base = b.map((x) => it_(x));
        const local = l.map((x) => it_(x));
        const stored = s.map((x) => it_(x));
        const merged = ids(mergeItems(base, local, stored, opts));
        const added = [...l, ...s].filter((x) => !b.includes(x));
        expect(merged.filter((x) => added.includes(x)).sort()).toEqual([...new Set(added)].sort());
        expect(new Set(merged).size).toBe(merged.length);
        // Deleted on one side and unchanged on the other: gone.
        for (const x of b) if (!l.includes(x) || !s.includes(x)) expect(merged).not.toContain(x);
      }),
    );
  });
});
