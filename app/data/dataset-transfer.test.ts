import { describe, expect, it } from 'vitest';
import { DatasetAssembler, splitForTransfer } from './dataset-transfer.ts';
import { shippedDataset } from './test-factories.ts';

describe('dataset transfer from the loading worker', () => {
  it('splits a dataset into bounded chunks and assembles exactly the same dataset', () => {
    const data = shippedDataset();
    const messages = splitForTransfer(data, 7);
    const chunks = messages.filter((m) => m.type === 'chunk');
    expect(chunks.every((m) => m.records.length <= 7)).toBe(true);
    expect(chunks.length).toBeGreaterThan(10);
    const a = new DatasetAssembler();
    for (const m of messages) if (m.type === 'chunk') a.add(m);
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('the last message is not done');
    expect(a.finish(done)).toEqual(data);
  });

  it('keeps empty collections', () => {
    const data = { ...shippedDataset(), claims: [] };
    const messages = splitForTransfer(data);
    const a = new DatasetAssembler();
    for (const m of messages) if (m.type === 'chunk') a.add(m);
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error('the last message is not done');
    expect(a.finish(done).claims).toEqual([]);
  });
});
