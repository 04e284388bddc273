import { Suspense, useEffect, useMemo, useRef, type ComponentType } from 'react';
import { useBoxSize } from '../../components/use-box-size.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { SlideContext, type SlideFrame } from '../../components/slide-context.ts';
import { useDataset } from '../../data/use-dataset.ts';
import { slideHeading, slideQueryAt, slideView, type Slide } from '../../briefing/deck.ts';
import type { ViewId } from '../../state/view-state.ts';
import { slideStateLine } from './slide-state.ts';

/**
 * The views a slide can show, composed by the app (features do not import each other or the routes): each
 * draws its view in the state a query sets (a state scope), never the page's stores or URL.
 */
export type SlideViews = Partial<Record<ViewId, ComponentType<{ query: string }>>>;

/** The logical width a slide is laid out at; it is scaled to the screen (reveal.js does the same). */
export const STAGE_WIDTH = 1280;

/** The marks of a chart a presenter can highlight: every named, focusable mark, in the chart's own order. */
export function chartMarks(root: ParentNode | null): HTMLElement[] | SVGElement[] {
  if (!root) return [];
  return [
    ...root.querySelectorAll<HTMLElement | SVGElement>(
      '.slide-frame .chart-figure [role="button"][aria-label], .slide-frame .chart-figure button[aria-label]',
    ),
  ] as HTMLElement[];
}

/**
 * One slide, laid out at STAGE_WIDTH × (the box's aspect) and scaled to fill its box exactly: the audience
 * window's screen, the presenter window's preview, a handout page or a thumbnail. Its view is drawn in the
 * state the slide (and its build step) was saved with, passed down as a state scope, so the page's own state
 * and address bar are never touched; its chart frames take the slide layout, and the rest of the view (its
 * controls, lists and tables) is not shown. A highlighted mark (by its accessible name) is drawn out.
 */
export function SlideView({
  slide,
  step,
  views,
  highlight,
  onMarkClick,
}: {
  slide: Slide;
  step: number;
  views: SlideViews;
  highlight: string | null;
  onMarkClick?: (label: string) => void;
}) {
  const data = useDataset();
  const [boxRef, box] = useBoxSize<HTMLDivElement>();
  const stageRef = useRef<HTMLDivElement>(null);
  const query = slideQueryAt(slide, step);
  const build = slide.builds?.[step];
  const revealUntil = build ? new URLSearchParams(build.patch).get('asOf') : null;

  const frame = useMemo<SlideFrame>(
    () => ({
      title: slideHeading(slide),
      stateLine: slideStateLine(query, data),
      stepLabel: build ? build.label : null,
      revealUntil,
    }),
    [slide, query, data, build, revealUntil],
  );

  // Draw out the highlighted mark (and fade the others); both windows do this from the same label.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const apply = () => {
      // The slide shows its view's first chart frame; a view without one is shown as it is.
      const frames = stage.querySelectorAll('.slide-frame');
      frames.forEach((f, i) => f.toggleAttribute('data-slide-primary', i === 0));
      stage.toggleAttribute('data-has-frame', frames.length > 0);
      const marks = chartMarks(stage);
      let found = false;
      for (const m of marks) {
        const on = highlight !== null && m.getAttribute('aria-label') === highlight;
        found ||= on;
        m.classList.toggle('slide-highlighted', on);
      }
      stage.toggleAttribute('data-highlighting', found);
    };
    apply();
    // Charts draw after their data and size settle; apply again once they have.
    const mo = new MutationObserver(() => requestAnimationFrame(apply));
    mo.observe(stage, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [highlight, query, box.width > 0]); // eslint-disable-line react-hooks/exhaustive-deps

  const scale = box.width ? box.width / STAGE_WIDTH : 1;
  const stageHeight = box.width ? (box.height / box.width) * STAGE_WIDTH : 0;
  const viewId = slideView(slide.query);
  const View = views[viewId];

  return (
    <div ref={boxRef} className="slide-box">
      {box.width > 0 && (
        <div
          ref={stageRef}
          className="slide-stage"
          style={{ width: STAGE_WIDTH, height: stageHeight, transform: `scale(${scale})` }}
          onClickCapture={(e) => {
            if (!onMarkClick) return;
            const target = e.target instanceof Element ? e.target : null;
            const mark = chartMarks(stageRef.current).find((m) => m === target || m.contains(target));
            if (!mark) return;
            // A click on a mark highlights it for the room instead of opening its source (Enter still does).
            e.preventDefault();
            e.stopPropagation();
            onMarkClick(mark.getAttribute('aria-label') ?? '');
          }}
        >
          <SlideContext.Provider value={frame}>
            <ErrorBoundary key={slide.id}>
              <Suspense fallback={<p role="status">Loading slide…</p>}>
                {View ? (
                  <View query={query} />
                ) : (
                  <p>This slide shows the briefing view itself; choose another view for it.</p>
                )}
              </Suspense>
            </ErrorBoundary>
          </SlideContext.Provider>
          {highlight && (
            <p className="slide-highlight-caption" aria-live="polite">
              Highlighted: {highlight}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
