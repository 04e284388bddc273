import { describe, expect, it } from 'vitest';
import { mergeDatasets, workspaceDiff } from './merge.ts';
import { shippedDataset } from '../data/test-factories.ts';

describe('merging a workspace over the shipped dataset', () => {
  const shipped = shippedDataset();
  const first = shipped.events[0]!;
  const edited = { ...first, title: `${first.title} (corrected)` };
  const added = { ...first, id: 'ev-users-own-meeting', title: 'A meeting from a new article' };
  const workspace = {
    ...shipped,
    events: [edited, ...shipped.events.slice(1), added],
  };

  it('adds the user’s new records, keeps every shipped one, and marks what is theirs', () => {
    const m = mergeDatasets(shipped, workspace);
    expect(m.dataset.events).toHaveLength(shipped.events.length + 1);
    expect(m.dataset.events.find((e) => e.id === added.id)?.title).toBe(added.title);
    expect([...m.yours].sort()).toEqual([added.id, first.id].sort());
    expect(m.dataset.tariffMeasures).toEqual(shipped.tariffMeasures);
  });

  it('shows the user’s version of a record both hold differently, and lists the conflict with both', () => {
    const m = mergeDatasets(shipped, workspace);
    expect(m.dataset.events.find((e) => e.id === first.id)?.title).toBe(edited.title);
    expect(m.conflicts).toEqual([{ collection: 'events', id: first.id, shipped: first, yours: edited }]);
  });

  it('changes neither input', () => {
    const before = JSON.stringify(shipped);
    mergeDatasets(shipped, workspace);
    expect(JSON.stringify(shipped)).toBe(before);
  });

  it('a diff names only new and changed records', () => {
    const d = workspaceDiff(shipped, workspace);
    expect(d.added).toEqual({ events: [added] });
    expect(d.changed).toEqual({ events: [{ shipped: first, yours: edited }] });
  });

  it('keeps the readings (ambiguities) the user added, marked theirs', () => {
    const amb = shipped.ambiguities[0]!;
    const theirs = { ...amb, id: 'amb-users-own', title: 'Read two ways in a new article' };
    const m = mergeDatasets(shipped, { ...shipped, ambiguities: [...shipped.ambiguities, theirs] });
    expect(m.dataset.ambiguities.map((a) => a.id)).toEqual([
      ...shipped.ambiguities.map((a) => a.id),
      theirs.id,
    ]);
    expect(m.yours.has(theirs.id)).toBe(true);
  });
});
