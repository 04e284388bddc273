import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentNotices, dismissNotice } from './notices-store.ts';
import {
  backupKeys,
  keepAside,
  MAX_BACKUPS,
  openWorkText,
  persisted,
  registerWorkPart,
  resetPersistForTests,
  workFileText,
  type SavedDoc,
} from './persist.ts';

/** A localStorage with a size limit (characters of keys and values), like a browser's quota. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  constructor(readonly quota = Infinity) {}
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.data].reduce((n, [a, b]) => n + (a === k ? 0 : a.length + b.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}

function useStorage(s: Storage | 'blocked') {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get: () => {
      if (s === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
      return s;
    },
  });
  resetPersistForTests();
}

/** A saved list of words: valid items are strings, anything else is set aside. */
const words = (restored: unknown[] = []): SavedDoc<string[]> => ({
  key: 'test-words',
  label: 'words',
  empty: [],
  read: (raw) => {
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      v = null;
    }
    if (!Array.isArray(v)) return { ok: false, problem: 'Your saved words could not be read' };
    const bad = v.filter((x) => typeof x !== 'string');
    return {
      ok: true,
      value: v.filter((x): x is string => typeof x === 'string'),
      aside: bad,
      problem: bad.length ? `${bad.length} saved word(s) could not be read` : undefined,
    };
  },
  write: (v) => JSON.stringify(v),
  merge: (_base, local) => local,
  restore: (items) => {
    restored.push(...items);
    return items.length;
  },
});

const texts = () => currentNotices().map((n) => n.text);

beforeEach(() => currentNotices().forEach((n) => dismissNotice(n.id)));
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
  resetPersistForTests();
});

describe('guarded persistence', () => {
  it('with site data blocked, loads an empty value, works in memory and says so once', () => {
    useStorage('blocked');
    const doc = persisted(words());
    expect(doc.load()).toEqual([]);
    doc.save(['a']);
    doc.save(['a', 'b']);
    const memory = currentNotices().filter((n) => n.text.includes('site data is blocked'));
    expect(memory).toHaveLength(1);
    expect(memory[0]!.actions?.map((a) => a.label)).toEqual(['Download my work', 'Open a work file']);
  });

  it('when storage is full, says the latest changes stay in this tab', () => {
    const s = new FakeStorage(30);
    useStorage(s);
    const doc = persisted(words());
    doc.load();
    doc.save(['short']);
    expect(s.getItem('test-words')).toBe('["short"]');
    doc.save(['a much longer list of words', 'that does not fit']);
    expect(s.getItem('test-words')).toBe('["short"]');
    expect(texts().some((t) => t.includes('storage for the dashboard is full'))).toBe(true);
  });
});

describe('values kept aside', () => {
  it('a second corruption never overwrites the first, and at most MAX_BACKUPS are kept', () => {
    const s = new FakeStorage();
    useStorage(s);
    s.setItem('test-words', '{broken one');
    persisted(words()).load();
    s.setItem('test-words', '{"not":"a list"}');
    persisted(words()).load();
    s.setItem('test-words', '{"still":"not"}');
    persisted(words()).load();
    const kept = backupKeys('test-words').map((k) => s.getItem(k));
    expect(kept).toEqual(['{broken one', '{"not":"a list"}', '{"still":"not"}']);
    for (let i = 0; i < MAX_BACKUPS + 3; i++)
      keepAside('test-words', `copy ${i}`, new Date(Date.UTC(2030, 0, 1)));
    const last = backupKeys('test-words').map((k) => s.getItem(k));
    expect(last).toHaveLength(MAX_BACKUPS);
    expect(last.at(-1)).toBe(`copy ${MAX_BACKUPS + 2}`);
    expect(new Set(backupKeys('test-words')).size).toBe(MAX_BACKUPS);
  });

  it('an unreadable value too large to copy aside is said NOT kept, and never saved over until discarded', async () => {
    const s = new FakeStorage(60);
    const big = JSON.stringify({ words: 'x'.repeat(30) });
    s.setItem('test-words', big);
    useStorage(s);
    const doc = persisted(words());
    expect(doc.load()).toEqual([]);
    const notice = currentNotices().find((n) => n.text.includes('could NOT be kept aside'));
    expect(notice?.actions?.map((a) => a.label)).toEqual(['Download it', 'Discard it']);
    doc.save(['new']);
    expect(s.getItem('test-words')).toBe(big);
    await notice!.actions!.find((a) => a.label === 'Discard it')!.run();
    expect(s.getItem('test-words')).toBe('["new"]');
  });

  it('sets aside only the unreadable items, keeps the rest, and can restore them', async () => {
    const s = new FakeStorage();
    s.setItem('test-words', JSON.stringify(['good', 42, 'fine']));
    useStorage(s);
    const restored: unknown[] = [];
    expect(persisted(words(restored)).load()).toEqual(['good', 'fine']);
    const [name] = backupKeys('test-words');
    expect(s.getItem(name!)).toBe('[42]');
    const notice = currentNotices().find((n) => n.text.includes('1 saved word(s) could not be read'));
    expect(notice?.text).toContain(`kept aside in this browser as "${name}"`);
    expect(await notice!.actions!.find((a) => a.label === 'Restore it')!.run()).toBe(true);
    expect(restored).toEqual([42]);
    expect(backupKeys('test-words')).toEqual([]);
  });
});

describe('work file', () => {
  it('carries every registered part and opens each back, refusing other files', () => {
    let opened: unknown = null;
    registerWorkPart({ name: 'words', save: () => ['a', 'b'], open: (v) => ((opened = v), 'opened') });
    const text = workFileText();
    expect(openWorkText(text)).toEqual(['opened']);
    expect(opened).toEqual(['a', 'b']);
    expect(openWorkText('{"words": []}')[0]).toContain('not a work file');
    expect(openWorkText('nope')[0]).toContain('not JSON');
  });
});
