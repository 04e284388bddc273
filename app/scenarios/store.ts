import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { ScenarioStep } from '../data/schema.ts';
import { raiseNotice } from '../state/notices-store.ts';
import { toggleId, type CustomStep } from './engine.ts';
import { migrateSaved, parseSaved, SAVED_VERSION, type SavedSteps, type ScenarioUrlState } from './codec.ts';

/**
 * Scenario state: the active preset toggles (Scenario A), the user's custom steps, the comparison choice
 * (Scenario B) and the duty calculator's inputs. All of it is mirrored into the URL (url-part.ts); the custom
 * steps — the only thing here the user made — also persist in localStorage, versioned and validated.
 */

export const STORAGE_KEY = 'tsd-scenarios';
/** Where a saved value that failed validation is kept, untouched, so nothing the user made is lost. */
export const BACKUP_KEY = 'tsd-scenarios:backup';
/** Where the user's own steps are kept when a shared link replaces them. */
export const BEFORE_LINK_KEY = 'tsd-scenarios:before-link';

interface ScenarioStore extends ScenarioUrlState {
  nextN: number;
  actions: {
    scenarioToggled: (presetId: string) => void;
    customStepAdded: (step: ScenarioStep) => void;
    customStepEdited: (n: number, step: ScenarioStep) => void;
    customStepRemoved: (n: number) => void;
    comparisonChosen: (presetIds: string[] | null) => void;
    dutyInputsChanged: (
      patch: Partial<Pick<ScenarioUrlState, 'dutyValue' | 'dutyDate' | 'dutyDirection'>>,
    ) => void;
    urlRestored: (state: ScenarioUrlState) => void;
    /** Some URL-visible fields set after a link was read (ids the dataset lacks removed). */
    urlPatched: (patch: Partial<ScenarioUrlState>) => void;
    stepsBeforeLinkRestored: (steps: CustomStep[]) => void;
  };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function backup(raw: string): void {
  try {
    safeStorage()?.setItem(BACKUP_KEY, raw);
  } catch {
    // Storage full or blocked: the notice still tells the user.
  }
}

let lastWritten: string | null = null;

/**
 * localStorage with a guard: unreadable JSON is moved aside under BACKUP_KEY with a notice instead of
 * failing hydration or being overwritten by the next change.
 */
const guardedStorage: PersistStorage<SavedSteps> = {
  getItem: (name) => {
    const raw = safeStorage()?.getItem(name) ?? null;
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (!parsed || typeof parsed !== 'object' || !('state' in parsed)) throw new Error('no state');
      const v = (parsed as { version?: unknown }).version;
      return { state: (parsed as { state: SavedSteps }).state, version: typeof v === 'number' ? v : 0 };
    } catch {
      backup(raw);
      raiseNotice(
        'warning',
        `Your saved custom steps could not be read (the stored data is corrupted). The original was kept in this browser under "${BACKUP_KEY}"; you start with no custom steps.`,
      );
      return null;
    }
  },
  setItem: (name, value: StorageValue<SavedSteps>) => {
    try {
      // persist writes on every change; a toggle does not change the saved steps, so skip identical writes.
      const text = JSON.stringify(value);
      if (text === lastWritten) return;
      lastWritten = text;
      safeStorage()?.setItem(name, text);
    } catch {
      raiseNotice(
        'warning',
        'Your custom steps could not be saved in this browser (storage is full or blocked); they stay in the link.',
      );
    }
  },
  removeItem: (name) => safeStorage()?.removeItem(name),
};

const useScenarioStore = create<ScenarioStore>()(
  persist(
    (set) => ({
      active: [],
      customSteps: [],
      nextN: 1,
      comparison: null,
      dutyValue: null,
      dutyDate: null,
      dutyDirection: null,
      actions: {
        scenarioToggled: (presetId) => set((s) => ({ active: toggleId(s.active, presetId) })),
        customStepAdded: (step) =>
          set((s) => ({ customSteps: [...s.customSteps, { ...step, n: s.nextN }], nextN: s.nextN + 1 })),
        customStepEdited: (n, step) =>
          set((s) => ({ customSteps: s.customSteps.map((c) => (c.n === n ? { ...step, n } : c)) })),
        customStepRemoved: (n) => set((s) => ({ customSteps: s.customSteps.filter((c) => c.n !== n) })),
        comparisonChosen: (presetIds) =>
          set({ comparison: presetIds && presetIds.length ? [...presetIds] : null }),
        dutyInputsChanged: (patch) => set(patch),
        urlRestored: (state) =>
          set((s) => ({ ...state, nextN: Math.max(s.nextN, ...state.customSteps.map((c) => c.n + 1)) })),
        urlPatched: (patch) => set(patch),
        stepsBeforeLinkRestored: (steps) =>
          set((s) => {
            const taken = new Set(s.customSteps.map((c) => c.n));
            let next = Math.max(s.nextN, ...steps.map((c) => c.n + 1));
            const added = steps.map((c) => (taken.has(c.n) ? { ...c, n: next++ } : c));
            return { customSteps: [...s.customSteps, ...added], nextN: next };
          }),
      },
    }),
    {
      name: STORAGE_KEY,
      version: SAVED_VERSION,
      storage: guardedStorage,
      partialize: (s): SavedSteps => ({ customSteps: s.customSteps, nextN: s.nextN }),
      migrate: (persisted, version) => migrateSaved(persisted, version) as SavedSteps,
      merge: (persisted, current) => {
        const { saved, problems, intact } = parseSaved(persisted);
        if (!intact) {
          const raw = safeStorage()?.getItem(STORAGE_KEY);
          if (raw) backup(raw);
          problems.forEach((p) =>
            raiseNotice('warning', `${p} The original is kept in this browser under "${BACKUP_KEY}".`),
          );
        }
        return { ...current, customSteps: saved.customSteps, nextN: Math.max(current.nextN, saved.nextN) };
      },
    },
  ),
);

/** Atomic selector hook for one piece of scenario state. */
export function useScenarioState<K extends keyof ScenarioUrlState>(key: K): ScenarioUrlState[K] {
  return useScenarioStore((s) => s[key]);
}

/** The scenario actions (stable reference). */
export function useScenarioActions(): ScenarioStore['actions'] {
  return useScenarioStore((s) => s.actions);
}

/** Snapshot for url-sync (not for rendering). */
export function getScenarioState(): ScenarioUrlState {
  const { active, customSteps, comparison, dutyValue, dutyDate, dutyDirection } = useScenarioStore.getState();
  return { active, customSteps, comparison, dutyValue, dutyDate, dutyDirection };
}

/** Subscribe outside React (url-sync): called when any URL-visible part changes. */
export function subscribeScenarioState(listener: () => void): () => void {
  return useScenarioStore.subscribe((s, prev) => {
    if (
      s.active !== prev.active ||
      s.customSteps !== prev.customSteps ||
      s.comparison !== prev.comparison ||
      s.dutyValue !== prev.dutyValue ||
      s.dutyDate !== prev.dutyDate ||
      s.dutyDirection !== prev.dutyDirection
    ) {
      listener();
    }
  });
}

/** Actions outside React (url-part, tests). */
export const scenarioActions = (): ScenarioStore['actions'] => useScenarioStore.getState().actions;

/** How many sets of steps replaced by links are kept (the oldest goes first beyond that). */
const MAX_BEFORE_LINK = 20;

function readBeforeLinkSets(): unknown[] {
  const raw = safeStorage()?.getItem(BEFORE_LINK_KEY);
  if (!raw) return [];
  const value = safeParse(raw);
  // The first form kept one set ({ customSteps }); now every set is kept, newest last.
  if (Array.isArray(value)) return value;
  return value ? [value] : [];
}

/**
 * The steps shared links replaced, every set that was kept aside (the same step once). Opening a second
 * link never loses the steps the first one set aside.
 */
export function readStepsBeforeLink(): CustomStep[] {
  const seen = new Set<string>();
  const steps: CustomStep[] = [];
  for (const set of readBeforeLinkSets()) {
    for (const s of parseSaved(set).saved.customSteps) {
      const { n: _n, ...content } = s;
      const key = JSON.stringify(content);
      if (seen.has(key)) continue;
      seen.add(key);
      steps.push(s);
    }
  }
  return steps;
}

export function clearStepsBeforeLink(): void {
  safeStorage()?.removeItem(BEFORE_LINK_KEY);
}

/** Keeps the user's own steps aside before a link replaces them, beside any set kept before. */
export function keepStepsBeforeLink(steps: CustomStep[]): void {
  try {
    const sets = [...readBeforeLinkSets(), { customSteps: steps }].slice(-MAX_BEFORE_LINK);
    safeStorage()?.setItem(BEFORE_LINK_KEY, JSON.stringify(sets));
  } catch {
    // If even this fails, the notice still names the problem.
  }
}

function safeParse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
