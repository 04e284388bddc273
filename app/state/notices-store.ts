import { create } from 'zustand';

/** A button a notice offers: download what was kept aside, restore it, discard it, open a file. */
export interface NoticeAction {
  label: string;
  /** Runs on click; a true result dismisses the notice (the thing it spoke of is dealt with). */
  run: () => boolean | void | Promise<boolean | void>;
}

/** A message the user must see: a dropped part of a link, a rejected saved state, an import problem. */
export interface Notice {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  actions?: NoticeAction[];
}

interface NoticesStore {
  notices: Notice[];
  actions: {
    noticeRaised: (tone: Notice['tone'], text: string, actions?: NoticeAction[]) => void;
    noticeDismissed: (id: number) => void;
  };
}

let nextId = 1;

const useNoticesStore = create<NoticesStore>()((set) => ({
  notices: [],
  actions: {
    noticeRaised: (tone, text, actions) =>
      set((s) =>
        s.notices.some((n) => n.text === text)
          ? s
          : {
              notices: [...s.notices, { id: nextId++, tone, text, ...(actions?.length ? { actions } : {}) }],
            },
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

/** Raise a notice from outside React (url-sync, storage loaders), optionally with buttons. */
export function raiseNotice(tone: Notice['tone'], text: string, actions?: NoticeAction[]): void {
  useNoticesStore.getState().actions.noticeRaised(tone, text, actions);
}

export function dismissNotice(id: number): void {
  useNoticesStore.getState().actions.noticeDismissed(id);
}

/** The notices shown now, outside React (tests). */
export function currentNotices(): Notice[] {
  return useNoticesStore.getState().notices;
}
