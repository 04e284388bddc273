import { registerUrlPart } from '../lib/url-sync.ts';
import type { DataChoice } from '../workspace/merge.ts';
import { getDataChoice, setDataChoice, subscribeDataChoice } from './workspace-store.ts';

const CHOICES: readonly DataChoice[] = ['shipped', 'merged', 'workspace'];

/**
 * Puts the data choice in permalinks (`data=merged` or `data=workspace`), so a link made on a workspace says
 * so. A recipient without that workspace sees the shipped data and a notice (workspaceRestored raises it once
 * the saved workspace, or its absence, is known). Registered by main.tsx before startUrlSync().
 */
export function registerWorkspaceUrlPart(): void {
  registerUrlPart({
    write: (params) => {
      const choice = getDataChoice();
      if (choice !== 'shipped') params.set('data', choice);
    },
    read: (params) => {
      const raw = params.get('data');
      if (raw === null) return [];
      if ((CHOICES as readonly string[]).includes(raw)) {
        setDataChoice(raw as DataChoice, { fromLink: true });
        return [];
      }
      return [`"data" in the link is not one of ${CHOICES.join(', ')}: showing the shipped data`];
    },
    subscribe: (onChange) => subscribeDataChoice(onChange),
  });
}
