import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from './state/view-state.ts';

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
  briefing: lazy(() =>
    import('./features/briefing/briefing-view.tsx').then((m) => ({ default: m.BriefingView })),
  ),
  sources: lazy(() =>
    import('./features/sources/sources-view.tsx').then((m) => ({ default: m.SourcesView })),
  ),
};
