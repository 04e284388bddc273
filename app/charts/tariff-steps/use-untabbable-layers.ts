import { useEffect, type RefObject } from 'react';

/** The groups Recharts 3 draws one per z-index layer (grid, areas, lines, axes, labels…). */
export const LAYER_SELECTOR = 'g[class^="recharts-zIndex-layer_"]:not([tabindex])';

/**
 * Keeps Recharts' z-index layer groups out of the Tab order. Each is a bare <g> that React also uses as a
 * portal container, and the focus listeners React puts on it make Chromium treat it as focusable: without
 * this, Tab stops on about seven invisible, unnamed groups per chart between the chart and its first point.
 * An explicit tabindex="-1" takes the group itself out; the point buttons inside keep their own tabindex.
 */
export function useUntabbableLayers(ref: RefObject<Element | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const mark = () => {
      for (const g of root.querySelectorAll(LAYER_SELECTOR)) g.setAttribute('tabindex', '-1');
    };
    mark();
    // Layers appear once the chart has measured itself, and again if it is drawn anew.
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
