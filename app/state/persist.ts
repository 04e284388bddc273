import { downloadBlob } from '../lib/export/dom.ts';
import { raiseNotice } from './notices-store.ts';

/**
 * The one guarded way to the browser's storage for what the user made (the deck, the custom steps). Every
 * read and write goes through a try: when site data is blocked (reading `localStorage` throws a
 * SecurityError) or storage is full, the app keeps working in memory and says so once, offering to download
 * the user's work as a file and to open such a file later. Nothing reads storage at import time outside this
 * guard.
 */

/** Why nothing is being kept: storage is blocked (or absent), or full. */
export type MemoryReason = 'blocked' | 'full';

let area: Storage | null | undefined;
let memoryReason: MemoryReason | null = null;

/** The storage area, or null when the browser refuses it (probed once). */
function storageArea(): Storage | null {
  if (area !== undefined) return area;
  try {
    // Touching the property is what throws when site data is blocked.
    const s = globalThis.localStorage;
    if (!s) {
      area = null;
      return area;
    }
    s.getItem('tsd-probe');
    area = s;
  } catch {
    area = null;
    enterMemoryMode('blocked');
  }
  return area;
}

/** True when storage refused a read or a write in this tab: changes live in memory only. */
export function isMemoryOnly(): boolean {
  return memoryReason !== null;
}

function enterMemoryMode(reason: MemoryReason): void {
  if (memoryReason === reason || memoryReason === 'blocked') return;
  memoryReason = reason;
  raiseNotice(
    'warning',
    reason === 'blocked'
      ? 'This browser does not let the dashboard keep anything (site data is blocked). Your deck and custom steps work in this tab but are gone when it closes: download them as a file to keep them, and open that file next time.'
      : "This browser's storage for the dashboard is full, so your latest changes to the deck and custom steps are kept in this tab only. Download them as a file to keep them, and open that file next time.",
    [
      { label: 'Download my work', run: downloadWork },
      { label: 'Open a work file', run: openWorkFile },
    ],
  );
}

/** The value under `key`, or null when there is none or storage cannot be read. */
export function readStored(key: string): string | null {
  const s = storageArea();
  if (!s) return null;
  try {
    return s.getItem(key);
  } catch {
    enterMemoryMode('blocked');
    return null;
  }
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

/** Writes `text` under `key`; false (and the memory notice, once) when storage refuses it. */
export function writeStored(key: string, text: string): boolean {
  const s = storageArea();
  if (!s) return false;
  try {
    s.setItem(key, text);
    return true;
  } catch (e) {
    enterMemoryMode(isQuotaError(e) ? 'full' : 'blocked');
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storageArea()?.removeItem(key);
  } catch {
    // Nothing to remove from a storage that cannot be reached.
  }
}

// --- Values kept aside ---------------------------------------------------------------------------------------

/** How many unreadable values are kept aside per saved key (the oldest goes first beyond that). */
export const MAX_BACKUPS = 5;

const backupPrefix = (key: string) => `${key}:backup:`;

/** The keys of the values kept aside for `key`, oldest first. */
export function backupKeys(key: string): string[] {
  const s = storageArea();
  if (!s) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(backupPrefix(key))) keys.push(k);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

/**
 * Keeps `raw` aside under its own timestamped key (never one already used, so a second corruption never
 * overwrites the first), keeping the newest MAX_BACKUPS. Null when storage has no room for the copy.
 */
export function keepAside(key: string, raw: string, now: Date = new Date()): string | null {
  const s = storageArea();
  if (!s) return null;
  const stamp = now.toISOString();
  const base = `${backupPrefix(key)}${stamp}`;
  // Same millisecond: a sequence after the highest one there, so names sort in the order they were kept.
  const seqs = backupKeys(key)
    .filter((k) => k.startsWith(base))
    .map((k) => Number(k.slice(base.length + 1)) || 1);
  const name = seqs.length ? `${base}-${String(Math.max(...seqs) + 1).padStart(4, '0')}` : base;
  try {
    s.setItem(name, raw);
  } catch {
    // Too large to copy (or storage full): the caller says it was not kept.
    return null;
  }
  const keys = backupKeys(key);
  keys.slice(0, Math.max(0, keys.length - MAX_BACKUPS)).forEach(removeStored);
  return name;
}

function download(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}

const fileNameOf = (key: string) => `${key.replace(/[^a-z0-9-]+/gi, '-').replace(/-+$/, '')}.json`;

/** How a store's saved value is read, written and (for parts that could not be read) offered back. */
export interface SavedDoc<V> {
  key: string;
  /** What it is, for messages ("deck", "custom steps"). */
  label: string;
  empty: V;
  /**
   * Reads a stored value. `ok: false`: none of it is usable (it is kept aside whole). `aside`: items that
   * could not be read, kept aside while the rest is used.
   */
  read: (
    raw: string,
  ) => { ok: true; value: V; aside?: unknown[]; problem?: string } | { ok: false; problem: string };
  write: (value: V) => string;
  /** Brings back items that were set aside, as far as they can be; says how many came back. */
  restore?: (items: unknown[]) => number;
  /**
   * Merges what this tab has (`local`) with what storage holds now (`stored`, perhaps from another tab),
   * given what both last agreed on (`base`): item by item, so no tab writes a stale whole over a newer one.
   */
  merge: (base: V, local: V, stored: V) => V;
}

/** A store's saved value: loaded once through the guard, then saved on every change. */
export interface Persisted<V> {
  load: () => V;
  /** Saves, merged with what another tab saved meanwhile; returns the merged value (the store takes it). */
  save: (value: V) => V;
  /** Follows what other tabs save: `apply` gets this tab's value merged with theirs. */
  follow: (local: () => V, apply: (merged: V) => void) => () => void;
}

/**
 * Persistence for one store. An unreadable value (or a part of it) is kept aside with a notice offering to
 * download, restore or discard it; when there is no room to keep it aside, the notice says it was NOT kept,
 * offers it as a download, and this tab never overwrites it until the user discards it.
 */
export function persisted<V>(doc: SavedDoc<V>): Persisted<V> {
  let locked = false;
  let latest: V = doc.empty;
  // What this tab and storage last agreed on: the base of the three-way merge.
  let base: V = doc.empty;
  const readValue = (raw: string | null): V | null => {
    if (raw === null) return doc.empty;
    const r = doc.read(raw);
    return r.ok ? r.value : null;
  };

  const setAside = (raw: string, problem: string, restorable: unknown[] | null) => {
    const name = keepAside(doc.key, raw);
    const actions = [
      ...(restorable && doc.restore
        ? [
            {
              label: restorable.length === 1 ? 'Restore it' : 'Restore them',
              run: () => {
                const n = doc.restore!(restorable);
                raiseNotice(
                  n ? 'info' : 'warning',
                  n
                    ? `Restored ${n} item${n === 1 ? '' : 's'} to your ${doc.label}.`
                    : `Nothing set aside could be restored to your ${doc.label}; download the copy to keep it.`,
                );
                if (n && name) removeStored(name);
                return n > 0;
              },
            },
          ]
        : []),
      { label: 'Download it', run: () => download(raw, fileNameOf(name ?? `${doc.key}-unreadable`)) },
      {
        label: 'Discard it',
        run: () => {
          if (name) removeStored(name);
          else if (locked) {
            locked = false;
            doc_save(latest);
          }
          return true;
        },
      },
    ];
    raiseNotice(
      'warning',
      name
        ? `${problem}. It was kept aside in this browser as "${name}".`
        : `${problem}. It could NOT be kept aside (there is no room in this browser's storage for a copy), so this tab will not save over it: download it, or discard it to save again.`,
      actions,
    );
    return name;
  };

  function doc_save(value: V): V {
    latest = value;
    if (locked || isMemoryOnly()) return value;
    const raw = readStored(doc.key);
    const stored = readValue(raw) ?? base;
    const merged = doc.merge(base, value, stored);
    const text = doc.write(merged);
    if (text !== raw && !writeStored(doc.key, text)) return value;
    base = merged;
    latest = merged;
    return merged;
  }

  return {
    load: () => {
      const raw = readStored(doc.key);
      if (raw === null) return doc.empty;
      const r = doc.read(raw);
      if (!r.ok) {
        if (!setAside(raw, r.problem, null)) locked = true;
        latest = doc.empty;
        return doc.empty;
      }
      base = r.value;
      if (r.aside?.length) {
        const problem = r.problem ?? `Part of your saved ${doc.label} could not be read`;
        if (!setAside(JSON.stringify(r.aside), problem, r.aside)) locked = true;
      }
      latest = r.value;
      return r.value;
    },
    save: doc_save,
    follow: (local, apply) => {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (e: StorageEvent) => {
        if (e.key !== doc.key && e.key !== null) return;
        if (locked || isMemoryOnly()) return;
        const stored = readValue(e.key === null ? null : e.newValue);
        if (stored === null) return;
        const merged = doc.merge(base, local(), stored);
        base = stored;
        apply(merged);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

// --- The user's work as a file ------------------------------------------------------------------------------

/** One thing the user made that a work file carries (registered by its store). */
export interface WorkPart {
  /** Its key in the file ("deck", "steps"). */
  name: string;
  /** What it is now, as saved (validated again on import). */
  save: () => unknown;
  /** Adds what a file holds to what is there (never replacing it); says what it did. */
  open: (value: unknown) => string;
}

const parts = new Map<string, WorkPart>();

/** Registers a store's part of the work file. */
export function registerWorkPart(part: WorkPart): void {
  parts.set(part.name, part);
}

export const WORK_FILE_FORMAT = 'tariffs-sanctions-work';
export const WORK_FILE_NAME = 'tariffs-sanctions-my-work.json';

/** The work file: every registered part as saved. */
export function workFileText(): string {
  const body: Record<string, unknown> = { format: WORK_FILE_FORMAT, version: 1 };
  for (const p of parts.values()) body[p.name] = p.save();
  return JSON.stringify(body, null, 2);
}

/** Reads a work file: each part it holds is added to what is there; the messages say what happened. */
export function openWorkText(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return ['This file is not a work file of the dashboard (it is not JSON); nothing was changed.'];
  }
  if (!value || typeof value !== 'object' || (value as { format?: unknown }).format !== WORK_FILE_FORMAT) {
    return [
      `This file is not a work file of the dashboard (no "format": "${WORK_FILE_FORMAT}"); nothing was changed.`,
    ];
  }
  const messages: string[] = [];
  for (const p of parts.values()) {
    const v = (value as Record<string, unknown>)[p.name];
    if (v !== undefined) messages.push(p.open(v));
  }
  return messages.length ? messages : ['This work file holds no deck and no custom steps.'];
}

export function downloadWork(): void {
  downloadBlob(new Blob([workFileText()], { type: 'application/json' }), WORK_FILE_NAME);
}

/** Asks for a work file and opens it (from a click: the browser needs the user's gesture). */
export function openWorkFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then(
      (text) => openWorkText(text).forEach((m) => raiseNotice('info', m)),
      () => raiseNotice('error', `The file "${file.name}" could not be read; nothing was changed.`),
    );
  });
  input.click();
}

/** Forgets the probed storage (tests swap the global storage between cases). */
export function resetPersistForTests(): void {
  area = undefined;
  memoryReason = null;
}
