import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from './state/view-state.ts';
import { StateScopeProvider } from './viewed-data-provider.tsx';

/** One lazily loaded component per view, so the first view does not pay for the others. */
export const VIEW_COMPONENTS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() =>
    import('./features/overview/overview-view.tsx').then((m) => ({ default: m.OverviewView })),
  ),
  escalation: lazy(() =>
    import('./features/escalation/escalation-view.tsx').then((m) => ({ default: m.EscalationView })),
  ),
  negotiations: lazy(() =>
    import('./features/negotiations/negotiations-view.tsx').then((m) => ({ default: m.NegotiationsView })),
  ),
  sanctions: lazy(() =>
    import('./features/sanctions/sanctions-view.tsx').then((m) => ({ default: m.SanctionsView })),
  ),
  timeline: lazy(() =>
    import('./features/timeline/timeline-view.tsx').then((m) => ({ default: m.TimelineView })),
  ),
  scenarios: lazy(() =>
    import('./features/scenarios/scenarios-view.tsx').then((m) => ({ default: m.ScenariosView })),
  ),
  // The briefing view presents the other views as slides; they are given to it here, since features do not
  // import each other or the routes.
  briefing: lazy(() =>
    import('./features/briefing/briefing-view.tsx').then((m) => ({
      default: function Briefing() {
        return <m.BriefingView views={SLIDE_VIEWS} />;
      },
    })),
  ),
  workspace: lazy(() =>
    import('./features/workspace/workspace-view.tsx').then((m) => ({ default: m.WorkspaceView })),
  ),
  sources: lazy(() =>
    import('./features/sources/sources-view.tsx').then((m) => ({ default: m.SourcesView })),
  ),
  curate: lazy(() => import('./features/curate/curate-view.tsx').then((m) => ({ default: m.CurateView }))),
};

/** Every view but the briefing itself and the curator's workbench can be a slide. */
const { briefing: _briefing, curate: _curate, ...SLIDE_PAGES } = VIEW_COMPONENTS;

/**
 * A view as a slide: drawn in the slide's own state (its query, as a state scope), never the page's stores
 * or URL. The deck editor's thumbnails, the handout and the presenter all draw slides through these.
 */
const SLIDE_VIEWS = Object.fromEntries(
  Object.entries(SLIDE_PAGES).map(([id, View]) => [
    id,
    function SlideOfView({ query }: { query: string }) {
      return (
        <StateScopeProvider query={query}>
          <View />
        </StateScopeProvider>
      );
    },
  ]),
) as Partial<Record<ViewId, ComponentType<{ query: string }>>>;

/** The presenter window (opened from a presentation): notes, next step, timer; it shows the same slides. */
export const PresenterWindow = lazy(() =>
  import('./features/briefing/presenter-console.tsx').then((m) => ({
    default: function PresenterWindowView() {
      return <m.PresenterConsole views={SLIDE_VIEWS} />;
    },
  })),
);
