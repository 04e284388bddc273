import { create } from 'zustand';
import {
  DECK_STORAGE_KEY,
  MAX_SLIDES,
  decodeDeckParam,
  encodeDeckParam,
  loadStoredDeck,
  mergeSlides,
  moveSlide,
  newSlideId,
  repairSlide,
  serializeDeck,
  updateSlide,
  type Slide,
} from './deck.ts';
import { raiseNotice } from '../state/notices-store.ts';
import { persisted, registerWorkPart, type Persisted } from '../state/persist.ts';
import type { ParamCodec, UrlStore } from '../lib/url-params.ts';
import { mergeItems } from '../lib/merge-items.ts';

/**
 * The user's deck, saved through the guarded persistence (state/persist.ts). What comes back from storage is
 * validated slide by slide; what cannot be read is kept aside under a timestamped key and offered back.
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

const deckDoc: Persisted<Slide[]> = persisted<Slide[]>({
  key: DECK_STORAGE_KEY,
  label: 'deck',
  empty: [],
  read: (raw) => {
    const r = loadStoredDeck(raw);
    return r.ok ? { ok: true, value: r.slides, aside: r.aside, problem: r.problem } : r;
  },
  write: serializeDeck,
  merge: (base, local, stored) =>
    mergeItems(base, local, stored, {
      id: (s) => s.id,
      reId: (s, taken) => ({ ...s, id: newSlideId([...taken].map((id) => ({ ...s, id }))) }),
    }).slice(0, MAX_SLIDES),
  restore: (items): number => {
    const repaired = items.map(repairSlide).filter((s): s is Omit<Slide, 'id'> => s !== null);
    return repaired.length ? useDeckStore.getState().actions.sharedDeckReceived(repaired) : 0;
  },
});

const useDeckStore = create<DeckStore>()((set, get) => ({
  slides: deckDoc.load(),
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
  if (s.slides === prev.slides) return;
  const merged = deckDoc.save(s.slides);
  if (serializeDeck(merged) !== serializeDeck(s.slides)) useDeckStore.setState({ slides: merged });
});

// Another tab's slides appear here as they are saved there (and are not erased by this tab's next save).
deckDoc.follow(
  () => useDeckStore.getState().slides,
  (slides) => {
    if (serializeDeck(slides) !== serializeDeck(useDeckStore.getState().slides))
      useDeckStore.setState({ slides });
  },
);

registerWorkPart({
  name: 'deck',
  save: () => JSON.parse(serializeDeck(useDeckStore.getState().slides)) as unknown,
  open: (value) => {
    const r = loadStoredDeck(JSON.stringify(value));
    if (!r.ok) return `${r.problem}; your deck is unchanged.`;
    const added = useDeckStore.getState().actions.sharedDeckReceived(r.slides);
    const skipped = r.aside.length ? ` ${r.problem}.` : '';
    return added
      ? `Added ${added} slide${added === 1 ? '' : 's'} from the file to your deck.${skipped}`
      : `The slides of the file are already in your deck.${skipped}`;
  },
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
