import { useMemo, type ReactNode } from 'react';
import type { Dataset } from './data/schema.ts';
import { ViewedDataContext } from './data/viewed-data.ts';
import { reportedByDataset } from './data/reported-by.ts';
import { useReportedBy } from './state/reported-by-store.ts';
import { useReadingChoice } from './state/readings-store.ts';
import { useDataChoice, useWorkspaceStatus, viewedData, workspaceOf } from './state/workspace-store.ts';

/**
 * Wiring: composes what the views show: the shipped data, with the user's workspace merged in as they chose,
 * as the documents published by the "Reported by" date had reported it, under the readings the analyst picked.
 */
export function ViewedDataProvider({ shipped, children }: { shipped: Dataset; children: ReactNode }) {
  const choice = useDataChoice();
  const workspace = workspaceOf(useWorkspaceStatus())?.dataset;
  const reportedBy = useReportedBy();
  const readings = useReadingChoice();
  const value = useMemo(() => {
    const v = viewedData(shipped, choice, workspace);
    return { dataset: reportedByDataset(v.dataset, reportedBy), yours: v.yours, readings };
  }, [shipped, choice, workspace, reportedBy, readings]);
  return <ViewedDataContext.Provider value={value}>{children}</ViewedDataContext.Provider>;
}
