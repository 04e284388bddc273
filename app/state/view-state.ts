/** The views of the dashboard, in navigation order. */
export const VIEWS = [
  { id: 'overview', label: 'Overview' },
  { id: 'escalation', label: 'Escalation' },
  { id: 'negotiations', label: 'Negotiations' },
  { id: 'sanctions', label: 'Sanctions & controls' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'briefing', label: 'Briefing' },
  { id: 'sources', label: 'Sources' },
  { id: 'curate', label: 'Curate' },
  // Reached from the header's tools (beside Theme), not the view navigation, so the navigation stays short.
  { id: 'workspace', label: 'Your data', inNav: false },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

/** The views listed in the header's navigation. */
export const NAV_VIEWS = VIEWS.filter((v) => !('inNav' in v && v.inNav === false));

/** View state shared by every view: what a permalink restores (scenario state lives in scenarios/). */
export interface ViewState {
  view: ViewId;
  /** Show what was in force on this ISO date; null = today. */
  asOf: string | null;
  /** The record whose provenance drawer is open. */
  recordId: string | null;
  /** Negotiation rounds selected for comparison, in selection order. */
  rounds: string[];
  /** Negotiations filters (empty = all). */
  negParties: string[];
  negStatuses: string[];
  /** Timeline filters (empty = all) and visible range. */
  tlActors: string[];
  tlKinds: string[];
  tlStatuses: string[];
  tlFrom: string | null;
  tlTo: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'overview',
  asOf: null,
  recordId: null,
  rounds: [],
  negParties: [],
  negStatuses: [],
  tlActors: [],
  tlKinds: [],
  tlStatuses: [],
  tlFrom: null,
  tlTo: null,
};

export function isViewId(s: string): s is ViewId {
  return VIEWS.some((v) => v.id === s);
}
