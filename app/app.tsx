import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { datasetQueries } from './data/queries.ts';
import { DatasetErrorPage } from './components/dataset-error-page.tsx';
import { DatasetLoading } from './components/dataset-loading.tsx';
import { Notices } from './components/notices.tsx';
import { ProvenanceDrawer } from './components/provenance-drawer.tsx';
import { SiteHeader } from './components/site-header.tsx';
import { PresenterWindow, VIEW_COMPONENTS } from './routes.tsx';
import { isPresenterWindow } from './features/briefing/presentation-channel.ts';
import { ReportedByBanner, ReportedByControl } from './components/reported-by-control.tsx';
import { ReadingsControl } from './components/readings-control.tsx';
import { reportedByDataset } from './data/reported-by.ts';
import { useReportedBy } from './state/reported-by-store.ts';
import { RecordSearch } from './components/record-search.tsx';
import { useViewState } from './state/view-store.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { newestSource } from './data/source-strength.ts';
import { formatFuzzyDate } from './lib/format.ts';
import { ViewedDataProvider } from './viewed-data-provider.tsx';
import { datasetLoaded } from './lib/url-sync.ts';
import { useDataChoice, useWorkspaceStatus, viewedData, workspaceOf } from './state/workspace-store.ts';

/** Wiring only: load the dataset, then show the chosen view, the notices and the provenance drawer. */
export function App() {
  const dataset = useQuery(datasetQueries.all());
  const view = useViewState('view');
  const View = VIEW_COMPONENTS[view];
  // The header's evidence date follows the Reported by date, as every view does.
  const reportedBy = useReportedBy();
  const newest = dataset.data ? newestSource(reportedByDataset(dataset.data, reportedBy)) : undefined;
  const evidenceTo = newest ? formatFuzzyDate(newest.published, { markInferred: false }) : undefined;

  // Permalinks pin the loaded dataset version; link parts naming ids the shown data lacks (the workspace
  // merged in, once it has been read) are dropped with a notice.
  const workspaceStatus = useWorkspaceStatus();
  const dataChoice = useDataChoice();
  useEffect(() => {
    if (!dataset.data) return;
    const shown =
      workspaceStatus.kind === 'loading'
        ? null
        : viewedData(dataset.data, dataChoice, workspaceOf(workspaceStatus)?.dataset).dataset;
    datasetLoaded(dataset.data, shown);
  }, [dataset.data, workspaceStatus, dataChoice]);

  // The window opened as the presenter view shows only that (it drives the audience window).
  if (isPresenterWindow()) {
    return dataset.isError ? (
      <DatasetErrorPage error={dataset.error} />
    ) : dataset.isPending ? (
      <p className="loading" role="status">
        Loading the dataset…
      </p>
    ) : (
      <ViewedDataProvider shipped={dataset.data}>
        <ErrorBoundary>
          <Suspense fallback={<p role="status">Loading the presenter view…</p>}>
            <PresenterWindow />
          </Suspense>
          <ProvenanceDrawer />
        </ErrorBoundary>
      </ViewedDataProvider>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader
        datasetVersion={dataset.data?.datasetVersion}
        evidenceTo={evidenceTo}
        viewControls={
          <>
            <ReportedByControl />
            {/* Needs the loaded dataset (its ambiguities, the user's workspace ones too); absent while loading
                or on a broken file. */}
            {dataset.data && (
              <ViewedDataProvider shipped={dataset.data}>
                <ReadingsControl />
              </ViewedDataProvider>
            )}
          </>
        }
        search={
          dataset.data ? (
            <ViewedDataProvider shipped={dataset.data}>
              <RecordSearch />
            </ViewedDataProvider>
          ) : (
            <RecordSearch />
          )
        }
      />
      <Notices />
      <main id="main" tabIndex={-1}>
        <ReportedByBanner />
        {dataset.isPending ? (
          <DatasetLoading />
        ) : dataset.isError ? (
          <DatasetErrorPage error={dataset.error} />
        ) : (
          <ViewedDataProvider shipped={dataset.data}>
            <ErrorBoundary key={view}>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Loading view…
                  </p>
                }
              >
                <View />
              </Suspense>
              <ProvenanceDrawer />
            </ErrorBoundary>
          </ViewedDataProvider>
        )}
      </main>
    </>
  );
}
