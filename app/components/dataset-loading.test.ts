import { describe, expect, it } from 'vitest';
import { describeLoadProgress } from './dataset-loading.tsx';

describe('the loading line', () => {
  it('says how much of a large file has arrived and what the loader is doing', () => {
    expect(describeLoadProgress({ stage: 'downloading', done: 4_200_000, total: 47_500_000 })).toBe(
      'Downloading the dataset… 4.2 of 47.5 MB',
    );
    expect(describeLoadProgress({ stage: 'receiving', done: 12_500 })).toBe(
      'Preparing the views… 12,500 records',
    );
  });
});
