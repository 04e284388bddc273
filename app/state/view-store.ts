import { create } from 'zustand';
import { useScopedStore } from '../lib/state-scope.ts';
import { DEFAULT_VIEW_STATE, type ViewId, type ViewState } from './view-state.ts';

interface ViewStore extends ViewState {
  actions: {
    viewChosen: (view: ViewId) => void;
    asOfSet: (asOf: string | null) => void;
    recordOpened: (recordId: string) => void;
    recordClosed: () => void;
    roundToggled: (roundId: string) => void;
    roundsCleared: () => void;
    viewFiltersChanged: (patch: Partial<Pick<ViewState, FilterKey>>) => void;
    urlRestored: (state: Partial<ViewState>) => void;
  };
}

type FilterKey = 'negParties' | 'negStatuses' | 'tlActors' | 'tlKinds' | 'tlStatuses' | 'tlFrom' | 'tlTo';

const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW_STATE,
  actions: {
    viewChosen: (view) => set({ view }),
    asOfSet: (asOf) => set({ asOf }),
    recordOpened: (recordId) => set({ recordId }),
    recordClosed: () => set({ recordId: null }),
    roundToggled: (roundId) =>
      set((s) => ({
        rounds: s.rounds.includes(roundId) ? s.rounds.filter((r) => r !== roundId) : [...s.rounds, roundId],
      })),
    roundsCleared: () => set({ rounds: [] }),
    viewFiltersChanged: (patch) => set(patch),
    urlRestored: (state) => set({ ...DEFAULT_VIEW_STATE, ...state }),
  },
}));

/** Atomic selector hook for one piece of view state. */
export function useViewState<K extends keyof ViewState>(key: K): ViewState[K] {
  // Inside a slide (a state scope) the slide's own state, else the page's.
  const scoped = useScopedStore<ViewState>('view');
  const value = useViewStore((s) => s[key]);
  return scoped ? scoped[key] : value;
}

/** The view actions (stable reference). */
export function useViewActions(): ViewStore['actions'] {
  return useViewStore((s) => s.actions);
}

/** Snapshot of the whole view state, for url-sync and exports (not for rendering). */
export function getViewState(): ViewState {
  const { actions: _actions, ...state } = useViewStore.getState();
  return state;
}

/** Subscribe outside React (url-sync). */
export function subscribeViewState(listener: (s: ViewState, prev: ViewState) => void): () => void {
  return useViewStore.subscribe((s, prev) => {
    const { actions: _a, ...next } = s;
    const { actions: _b, ...before } = prev;
    listener(next, before);
  });
}

/** Direct access to actions outside React (url-sync, tests). */
export const viewActions = (): ViewStore['actions'] => useViewStore.getState().actions;
