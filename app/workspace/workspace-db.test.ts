import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  clearWorkspace,
  loadWorkspace,
  readStored,
  saveWorkspace,
  WORKSPACE_VERSION,
} from './workspace-db.ts';
import { shippedDataset } from '../data/test-factories.ts';

describe('the workspace in IndexedDB', () => {
  it('keeps an imported dataset across reads (a reload) and forgets it only when asked', async () => {
    const data = shippedDataset();
    expect((await loadWorkspace()).kind).toBe('none');
    await saveWorkspace(data, 'dataset.json', new Date('2026-12-01T10:00:00Z'));
    const read = await loadWorkspace();
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.workspace.dataset).toEqual(data);
    expect(read.workspace.origin).toBe('dataset.json');
    await clearWorkspace();
    expect((await loadWorkspace()).kind).toBe('none');
  });

  it('upgrades an older stored version', () => {
    const read = readStored({ version: 0, data: shippedDataset(), savedAt: 'x' });
    expect(read.kind).toBe('ok');
  });

  it('keeps a newer version as it is and says why, instead of reading it as its own', () => {
    const raw = { version: WORKSPACE_VERSION + 1, dataset: {} };
    const read = readStored(raw);
    expect(read).toMatchObject({ kind: 'unreadable', raw });
    if (read.kind === 'unreadable') expect(read.reason).toMatch(/newer version/);
  });

  it('refuses a stored dataset that no longer passes the checks, naming the problem', () => {
    const broken = { ...shippedDataset(), events: [{ id: 'Bad Id' }] };
    const read = readStored({ version: 1, dataset: broken, origin: 'x', savedAt: '' });
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.reason).toMatch(/does not pass the checks/);
  });
});
