import { createContext, useContext } from 'react';

/**
 * Set while a view is shown as a slide (the briefing presenter provides it): every ChartFrame inside then
 * lays itself out for the screen instead of the page. Null on the page.
 */
export interface SlideFrame {
  /** The slide's own title; the chart's title is used when empty. */
  title: string;
  /** What the slide's state shows beyond the chart itself: "As of 14 May 2025 · Scenario A: …". */
  stateLine: string;
  /** The current build step's label, when the slide is built in steps. */
  stepLabel: string | null;
  /** The ISO date the current build step shows the chart as of (charts may fade what came after). */
  revealUntil: string | null;
}

export const SlideContext = createContext<SlideFrame | null>(null);

/** The slide this component is shown in, or null on the page. */
export function useSlideFrame(): SlideFrame | null {
  return useContext(SlideContext);
}
