import { create } from 'zustand';

/** A message the user must see: a dropped part of a link, a rejected saved state, an import problem. */
export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
}

interface NoticesStore {
  notices: Notice[];
  actions: {
    noticeRaised: (tone: Notice['tone'], text: string) => void;
    noticeDismissed: (id: number) => void;
  };
}

let nextId = 1;

const useNoticesStore = create<NoticesStore>()((set) => ({
  notices: [],
  actions: {
    noticeRaised: (tone, text) =>
      set((s) =>
        s.notices.some((n) => n.text === text)
          ? s
          : { notices: [...s.notices, { id: nextId++, tone, text }] },
      ),
    noticeDismissed: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  },
}));

export function useNotices(): Notice[] {
  return useNoticesStore((s) => s.notices);
}

export function useNoticeActions(): NoticesStore['actions'] {
  return useNoticesStore((s) => s.actions);
}

/** Raise a notice from outside React (url-sync, storage loaders). */
export function raiseNotice(tone: Notice['tone'], text: string): void {
  useNoticesStore.getState().actions.noticeRaised(tone, text);
}
