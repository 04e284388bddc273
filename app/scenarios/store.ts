import { create } from 'zustand';
import { useScopedStore } from '../lib/state-scope.ts';
import type { ScenarioStep } from '../data/schema.ts';
import { persisted, readStored, registerWorkPart, removeStored, writeStored } from '../state/persist.ts';
import type { CustomStep } from './engine.ts';
import { mergeItems } from '../lib/merge-items.ts';
import {
  parseSaved,
  readSavedSteps,
  writeSavedSteps,
  type SavedSteps,
  type ScenarioUrlState,
} from './codec.ts';
import { toggleIn } from '../lib/list.ts';

/**
 * Scenario state: the active preset toggles (Scenario A), the user's custom steps, the comparison choice
 * (Scenario B) and the duty calculator's inputs. All of it is mirrored into the URL (url-part.ts); the custom
 * steps — the only thing here the user made — also persist in this browser (state/persist.ts), versioned and
 * validated.
 */

export const STORAGE_KEY = 'tsd-scenarios';
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
    /** Adds steps kept aside or from a file (a step already there, same content, is not added twice). */
    stepsBeforeLinkRestored: (steps: CustomStep[]) => number;
  };
}

/** The custom steps, saved through the guarded persistence (state/persist.ts), versioned and validated. */
const stepsDoc = persisted<SavedSteps>({
  key: STORAGE_KEY,
  label: 'custom steps',
  empty: { customSteps: [], nextN: 1 },
  read: (raw) => {
    const r = readSavedSteps(raw);
    return r.ok ? { ok: true, value: r.saved, aside: r.aside, problem: r.problem } : r;
  },
  write: writeSavedSteps,
  merge: (base, local, stored) => {
    const customSteps = mergeItems(base.customSteps, local.customSteps, stored.customSteps, {
      id: (c) => String(c.n),
      reId: (c, taken) => ({ ...c, n: Math.max(0, ...[...taken].map(Number)) + 1 }),
    });
    const nextN = Math.max(local.nextN, stored.nextN, ...customSteps.map((c) => c.n + 1));
    return { customSteps, nextN };
  },
});

const stepContent = (c: CustomStep) => {
  const { n: _n, ...content } = c;
  return JSON.stringify(content);
};

const initial = stepsDoc.load();

const useScenarioStore = create<ScenarioStore>()((set, get) => ({
  active: [],
  customSteps: initial.customSteps,
  nextN: initial.nextN,
  comparison: null,
  dutyValue: null,
  dutyDate: null,
  dutyDirection: null,
  actions: {
    scenarioToggled: (presetId) => set((s) => ({ active: toggleIn(s.active, presetId) })),
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
    stepsBeforeLinkRestored: (steps) => {
      const s = get();
      const have = new Set(s.customSteps.map(stepContent));
      const taken = new Set(s.customSteps.map((c) => c.n));
      let next = Math.max(s.nextN, ...s.customSteps.map((c) => c.n + 1));
      const added: CustomStep[] = [];
      for (const c of steps) {
        if (have.has(stepContent(c))) continue;
        have.add(stepContent(c));
        added.push(taken.has(c.n) || c.n < next ? { ...c, n: next++ } : c);
        next = Math.max(next, c.n + 1);
      }
      if (added.length) set({ customSteps: [...s.customSteps, ...added], nextN: next });
      return added.length;
    },
  },
}));

const savedOf = (s: SavedSteps): SavedSteps => ({ customSteps: s.customSteps, nextN: s.nextN });

useScenarioStore.subscribe((s, prev) => {
  if (s.customSteps === prev.customSteps && s.nextN === prev.nextN) return;
  const merged = stepsDoc.save(savedOf(s));
  if (writeSavedSteps(merged) !== writeSavedSteps(savedOf(s))) useScenarioStore.setState(merged);
});

// Steps added, edited or removed in another tab show here as they are saved there.
stepsDoc.follow(
  () => savedOf(useScenarioStore.getState()),
  (merged) => {
    if (writeSavedSteps(merged) !== writeSavedSteps(savedOf(useScenarioStore.getState())))
      useScenarioStore.setState(merged);
  },
);

registerWorkPart({
  name: 'steps',
  save: () => {
    const { customSteps, nextN } = useScenarioStore.getState();
    return { customSteps, nextN } satisfies SavedSteps;
  },
  open: (value) => {
    const r = parseSaved(value);
    if (!Array.isArray((value as { customSteps?: unknown } | null)?.customSteps))
      return 'The custom steps in the file could not be read; yours are unchanged.';
    const added = useScenarioStore.getState().actions.stepsBeforeLinkRestored(r.saved.customSteps);
    const skipped = r.problems.length ? ` ${r.problems.join(' ')}` : '';
    return added
      ? `Added ${added} custom step${added === 1 ? '' : 's'} from the file.${skipped}`
      : `The custom steps of the file are already yours.${skipped}`;
  },
});

/** Atomic selector hook for one piece of scenario state. */
export function useScenarioState<K extends keyof ScenarioUrlState>(key: K): ScenarioUrlState[K] {
  // Inside a slide (a state scope) the slide's own state, else the page's.
  const scoped = useScopedStore<ScenarioUrlState>('scenarios');
  const value = useScenarioStore((s) => s[key]);
  return scoped ? scoped[key] : value;
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
  const raw = readStored(BEFORE_LINK_KEY);
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
  removeStored(BEFORE_LINK_KEY);
}

/** Keeps the user's own steps aside before a link replaces them, beside any set kept before. */
export function keepStepsBeforeLink(steps: CustomStep[]): void {
  const sets = [...readBeforeLinkSets(), { customSteps: steps }].slice(-MAX_BEFORE_LINK);
  writeStored(BEFORE_LINK_KEY, JSON.stringify(sets));
}

function safeParse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
