import { create } from 'zustand';
import { useScopedStore } from '../lib/state-scope.ts';
import type { ReadingChoice } from '../domain/readings.ts';

/**
 * The analyst's readings: per ambiguity, the reading picked. An ambiguity not in the choice is open, and
 * every view shows all its readings. Mirrored into the URL (readings/url-part.ts), so permalinks and slides
 * carry it.
 */
interface ReadingsStore {
  choice: ReadingChoice;
  actions: {
    /** Pick a reading of one ambiguity, or `null` to show all its readings again. */
    readingPicked: (ambiguityId: string, readingId: string | null) => void;
    allShown: () => void;
    urlRestored: (choice: ReadingChoice) => void;
  };
}

const useReadingsStore = create<ReadingsStore>()((set) => ({
  choice: {},
  actions: {
    readingPicked: (ambiguityId, readingId) =>
      set((s) => {
        const { [ambiguityId]: _old, ...rest } = s.choice;
        return { choice: readingId === null ? rest : { ...rest, [ambiguityId]: readingId } };
      }),
    allShown: () => set({ choice: {} }),
    urlRestored: (choice) => set({ choice }),
  },
}));

/** The current choice (a stable object until it changes). */
export function useReadingChoice(): ReadingChoice {
  // Inside a slide (a state scope) the slide's own readings, else the page's.
  const scoped = useScopedStore<{ readings: ReadingChoice }>('readings');
  const choice = useReadingsStore((s) => s.choice);
  return scoped ? scoped.readings : choice;
}

export function useReadingActions(): ReadingsStore['actions'] {
  return useReadingsStore((s) => s.actions);
}

/** The actions outside React (url-sync). */
export function readingActions(): ReadingsStore['actions'] {
  return useReadingsStore.getState().actions;
}

/** Snapshot for url-sync (not for rendering). */
export function getReadingChoice(): ReadingChoice {
  return useReadingsStore.getState().choice;
}

export function subscribeReadingChoice(listener: () => void): () => void {
  return useReadingsStore.subscribe((s, prev) => {
    if (s.choice !== prev.choice) listener();
  });
}
