import { create } from 'zustand';
import { useScopedStore } from '../lib/state-scope.ts';
import type { Dataset } from '../data/schema.ts';
import { mergeDatasets, type DataChoice, type MergedData } from '../workspace/merge.ts';
import { raiseNotice } from './notices-store.ts';
import {
  clearWorkspace,
  loadWorkspace,
  rememberChoice,
  saveWorkspace,
  type StoredWorkspace,
} from '../workspace/workspace-db.ts';

/** Where the saved workspace stands in this browser. */
export type WorkspaceStatus =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'ok'; workspace: StoredWorkspace }
  /** Kept as it is (never overwritten) and not used, with the reason. */
  | { kind: 'unreadable'; reason: string }
  /** This browser keeps no data for the site (blocked or private): imports last until the tab closes. */
  | { kind: 'unavailable'; reason: string; workspace?: StoredWorkspace };

interface WorkspaceStore {
  status: WorkspaceStatus;
  choice: DataChoice;
  /** The choice came from a link, before this browser's workspace was known. */
  choiceFromLink: boolean;
  actions: {
    workspaceRestored: () => Promise<void>;
    /** Saves the dataset as the workspace: 'saved' in this browser, or 'in-memory' until the tab closes. */
    workspaceImported: (dataset: Dataset, origin: string) => Promise<'saved' | 'in-memory'>;
    workspaceCleared: () => Promise<void>;
    dataChosen: (choice: DataChoice, opts?: { fromLink?: boolean }) => void;
  };
}

/** Said wherever the user is when storage is unavailable and their data is kept in memory only. */
export const IN_MEMORY_NOTICE =
  'This browser keeps no data for this site (storage is blocked or private): your data is shown in every view but lasts only until this tab is closed. Download it under “Your data” to keep it.';

const useWorkspaceStore = create<WorkspaceStore>()((set, get) => ({
  status: { kind: 'loading' },
  choice: 'shipped',
  choiceFromLink: false,
  actions: {
    workspaceRestored: async () => {
      try {
        const read = await loadWorkspace();
        set({
          status:
            read.kind === 'ok'
              ? { kind: 'ok', workspace: read.workspace }
              : read.kind === 'none'
                ? { kind: 'none' }
                : { kind: 'unreadable', reason: read.reason },
        });
        // The choice last made in this browser, unless a link brought one.
        if (read.kind === 'ok' && !get().choiceFromLink) set({ choice: read.workspace.choice ?? 'merged' });
      } catch (e) {
        set({ status: { kind: 'unavailable', reason: e instanceof Error ? e.message : String(e) } });
      }
      checkChoice();
    },
    workspaceImported: async (dataset, origin) => {
      const previous = get().status;
      try {
        const workspace = await saveWorkspace(dataset, origin);
        set({
          status: { kind: 'ok', workspace },
          choice: get().choice === 'shipped' ? 'merged' : get().choice,
        });
        return 'saved';
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        // A newer saved workspace is never replaced; storage that is unavailable keeps the import in memory.
        if (previous.kind === 'unreadable') throw e;
        set({
          status: {
            kind: 'unavailable',
            reason,
            workspace: { version: 1, dataset, origin, savedAt: new Date().toISOString() },
          },
          choice: get().choice === 'shipped' ? 'merged' : get().choice,
        });
        raiseNotice('warning', IN_MEMORY_NOTICE);
        return 'in-memory';
      }
    },
    workspaceCleared: async () => {
      await clearWorkspace().catch(() => {});
      set({ status: { kind: 'none' }, choice: 'shipped' });
    },
    dataChosen: (choice, opts) => {
      set({ choice, choiceFromLink: opts?.fromLink ?? false });
      if (opts?.fromLink) checkChoice();
      const ws = workspaceOf(get().status);
      if (ws && get().status.kind === 'ok' && !opts?.fromLink) void rememberChoice(choice).catch(() => {});
    },
  },
}));

/**
 * A choice of workspace data this browser cannot honour (a link made on someone else's workspace) falls back
 * to the shipped data, once what this browser holds is known, and says so.
 */
function checkChoice(): void {
  const { choice, status, actions: _a } = useWorkspaceStore.getState();
  if (status.kind === 'loading' || choice === 'shipped' || workspaceOf(status)) return;
  useWorkspaceStore.setState({ choice: 'shipped', choiceFromLink: false });
  raiseNotice(
    'info',
    'This link was made on an analyst’s own workspace, which this browser does not have: it shows the shipped data. Import their dataset under “Your data” to see what they saw.',
  );
}

export function useWorkspaceStatus(): WorkspaceStatus {
  return useWorkspaceStore((s) => s.status);
}

export function useDataChoice(): DataChoice {
  // Inside a slide (a state scope) the data the slide was made on, else the page's choice.
  const scoped = useScopedStore<{ data: DataChoice }>('workspace');
  const choice = useWorkspaceStore((s) => s.choice);
  return scoped ? scoped.data : choice;
}

export function useWorkspaceActions(): WorkspaceStore['actions'] {
  return useWorkspaceStore((s) => s.actions);
}

/** The workspace dataset in use, saved or in memory (undefined when there is none). */
export function workspaceOf(status: WorkspaceStatus): StoredWorkspace | undefined {
  return status.kind === 'ok' || status.kind === 'unavailable' ? status.workspace : undefined;
}

const mergeCache = new WeakMap<Dataset, WeakMap<Dataset, MergedData>>();

/**
 * What the views show for a choice: the shipped data, the workspace alone, or the workspace merged over the
 * shipped data (memoised per pair, so every view shares one merge). Without a workspace, the shipped data.
 */
export function viewedData(shipped: Dataset, choice: DataChoice, workspace: Dataset | undefined): MergedData {
  if (!workspace || choice === 'shipped') return { dataset: shipped, yours: new Set(), conflicts: [] };
  let inner = mergeCache.get(shipped);
  if (!inner) mergeCache.set(shipped, (inner = new WeakMap()));
  const cached = inner.get(workspace);
  const merged = cached ?? mergeDatasets(shipped, workspace);
  inner.set(workspace, merged);
  // The workspace alone: its own records, with the same ones marked as the user's.
  return choice === 'merged' ? merged : { ...merged, dataset: workspace };
}

/** For url-sync and tests. */
export function getDataChoice(): DataChoice {
  return useWorkspaceStore.getState().choice;
}
export function setDataChoice(choice: DataChoice, opts?: { fromLink?: boolean }): void {
  useWorkspaceStore.getState().actions.dataChosen(choice, opts);
}

export function subscribeDataChoice(listener: () => void): () => void {
  return useWorkspaceStore.subscribe((s, prev) => {
    if (s.choice !== prev.choice) listener();
  });
}

/** Reads the saved workspace once at start (wiring calls it). */
export function restoreWorkspace(): Promise<void> {
  return useWorkspaceStore.getState().actions.workspaceRestored();
}
