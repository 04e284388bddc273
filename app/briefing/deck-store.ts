import { create } from 'zustand';
import {
  DECK_STORAGE_KEY,
  decodeDeckParam,
  encodeDeckParam,
  loadStoredDeck,
  mergeSlides,
  moveSlide,
  newSlideId,
  serializeDeck,
  updateSlide,
  type Slide,
} from './deck.ts';
import { raiseNotice } from '../state/notices-store.ts';
import type { ParamCodec, UrlStore } from '../lib/url-params.ts';

/**
 * The user's deck, saved in localStorage. What comes back from storage is validated; a corrupt save is kept
 * aside under a backup key (never overwritten) and reported.
 */

interface DeckStore {
  slides: Slide[];
  actions: {
    slideAdded: (slide: Omit<Slide, 'id'>) => void;
    slideMoved: (id: string, delta: number) => void;
    slideRemoved: (id: string) => void;
    slideEdited: (id: string, patch: Partial<Pick<Slide, 'title' | 'notes' | 'builds'>>) => void;
    sharedDeckReceived: (slides: Omit<Slide, 'id'>[]) => number;
  };
}

function readStorage(): Slide[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    return [];
  }
  const result = loadStoredDeck(raw);
  if (!result.ok) {
    const backup = `${DECK_STORAGE_KEY}-unreadable-${Date.now()}`;
    try {
      if (raw !== null) localStorage.setItem(backup, raw);
      localStorage.removeItem(DECK_STORAGE_KEY);
      raiseNotice(
        'warning',
        `${result.problem}. It was kept aside in this browser's storage as "${backup}"; starting a new deck.`,
      );
    } catch {
      raiseNotice('warning', `${result.problem}. Starting a new deck for this visit.`);
    }
  }
  return result.slides;
}

function writeStorage(slides: Slide[]): void {
  try {
    localStorage.setItem(DECK_STORAGE_KEY, serializeDeck(slides));
  } catch {
    raiseNotice('warning', 'The deck could not be saved in this browser (storage is full or disabled).');
  }
}

const useDeckStore = create<DeckStore>()((set, get) => ({
  slides: typeof localStorage === 'undefined' ? [] : readStorage(),
  actions: {
    slideAdded: (slide) => set((s) => ({ slides: [...s.slides, { ...slide, id: newSlideId(s.slides) }] })),
    slideMoved: (id, delta) => set((s) => ({ slides: moveSlide(s.slides, id, delta) })),
    slideRemoved: (id) => set((s) => ({ slides: s.slides.filter((x) => x.id !== id) })),
    slideEdited: (id, patch) => set((s) => ({ slides: updateSlide(s.slides, id, patch) })),
    sharedDeckReceived: (incoming) => {
      const { slides, added } = mergeSlides(get().slides, incoming);
      if (added) set({ slides });
      return added;
    },
  },
}));

useDeckStore.subscribe((s, prev) => {
  if (s.slides !== prev.slides) writeStorage(s.slides);
});

/** The slides, in order. */
export function useDeckSlides(): Slide[] {
  return useDeckStore((s) => s.slides);
}

/** Deck actions (stable reference). */
export function useDeckActions(): DeckStore['actions'] {
  return useDeckStore((s) => s.actions);
}

/** Actions outside React (the site header's "Add to deck", tests). */
export const deckActions = (): DeckStore['actions'] => useDeckStore.getState().actions;

/** Snapshot of the slides outside React (sharing). */
export function getDeckSlides(): Slide[] {
  return useDeckStore.getState().slides;
}

/** What a link can say about the deck: slides shared with `deck`, to add to the user's own. */
export interface DeckUrlState {
  incoming: Omit<Slide, 'id'>[] | null;
}

/** `deck`: slides shared as a link (compressed, link version 2). */
export const deckParamCodec: ParamCodec<Omit<Slide, 'id'>[] | null> = {
  parse: (raw) => {
    const r = decodeDeckParam(raw);
    return r.ok ? { value: r.slides, problems: [] } : { problems: [r.problem] };
  },
  format: (slides) => (slides ? encodeDeckParam(slides) : ''),
};

/**
 * The deck as the URL table sees it: a `deck` parameter adds the shared slides to the user's deck (never
 * replacing it). The row is read-only, so the parameter leaves the address bar once read.
 */
export const deckUrlStore: UrlStore<DeckUrlState> = {
  name: 'deck',
  get: () => ({ incoming: null }),
  apply: (values) => {
    if (!values.incoming) return [];
    const added = useDeckStore.getState().actions.sharedDeckReceived(values.incoming);
    raiseNotice(
      'info',
      added
        ? `Added ${added} slide${added === 1 ? '' : 's'} from the shared link to your deck.`
        : 'The slides of the shared deck are already in your deck.',
    );
    return [];
  },
  patch: () => {},
  subscribe: () => () => {},
};
