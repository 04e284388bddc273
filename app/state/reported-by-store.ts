import { create } from 'zustand';
import { useScopedStore } from '../lib/state-scope.ts';

/**
 * The "Reported by" date: views show only what the documents published on or before it had reported
 * (null = every document). The rule is app/data/reported-by.ts; useDataset applies it. In permalinks as
 * `reportedBy` (reported-by-url-part.ts).
 */
interface ReportedByStore {
  reportedBy: string | null;
  actions: { reportedBySet: (date: string | null) => void };
}

const useReportedByStore = create<ReportedByStore>()((set) => ({
  reportedBy: null,
  actions: { reportedBySet: (reportedBy) => set({ reportedBy }) },
}));

export function useReportedBy(): string | null {
  // Inside a slide (a state scope) the slide's own date, else the page's.
  const scoped = useScopedStore<{ reportedBy: string | null }>('reported by');
  const reportedBy = useReportedByStore((s) => s.reportedBy);
  return scoped ? scoped.reportedBy : reportedBy;
}

export function useReportedByActions(): ReportedByStore['actions'] {
  return useReportedByStore((s) => s.actions);
}

/** Outside React (url-sync, tests). */
export const getReportedBy = (): string | null => useReportedByStore.getState().reportedBy;
export const reportedByActions = (): ReportedByStore['actions'] => useReportedByStore.getState().actions;
export function subscribeReportedBy(listener: () => void): () => void {
  return useReportedByStore.subscribe((s, prev) => {
    if (s.reportedBy !== prev.reportedBy) listener();
  });
}
