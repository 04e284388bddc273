import { useMemo, type ReactNode } from 'react';
import type { Dataset } from './data/schema.ts';
import { ViewedDataContext } from './data/viewed-data.ts';
import { reportedByDataset } from './data/reported-by.ts';
import { useReportedBy } from './state/reported-by-store.ts';
import { useReadingChoice } from './state/readings-store.ts';
import { StateScopeContext } from './lib/state-scope.ts';
import { stateOfQuery } from './lib/url-sync.ts';
import { useShippedDataset } from './data/use-dataset.ts';
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

/**
 * Wiring: a view drawn in a slide's own state (a thumbnail, a handout page, the presenter's slide): the state
 * the query sets is provided as a state scope, which the stores' hooks read first, and what the view shows
 * is composed again under it (the slide's data choice, Reported by date and readings). No store, no URL and
 * no notice is touched.
 */
export function StateScopeProvider({ query, children }: { query: string; children: ReactNode }) {
  const scope = useMemo(() => stateOfQuery(query), [query]);
  return (
    <StateScopeContext.Provider value={scope}>
      <ScopedViewedData>{children}</ScopedViewedData>
    </StateScopeContext.Provider>
  );
}

function ScopedViewedData({ children }: { children: ReactNode }) {
  return <ViewedDataProvider shipped={useShippedDataset()}>{children}</ViewedDataProvider>;
}
