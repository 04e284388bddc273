import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { stepCount, slideHeading, defaultSlideTitle, type Slide } from '../../briefing/deck.ts';
import { permalinkOf } from '../../lib/url-sync.ts';
import { SlideView, type SlideViews } from './slide-view.tsx';

/** The width (CSS px) a slide is drawn at on a handout page: an A4 or Letter page's width less its margins. */
export const HANDOUT_SLIDE_WIDTH = 680;
// 16:10, the taller of the slide shapes, so the chart has the more room on a portrait page.
const HANDOUT_SLIDE_HEIGHT = Math.round((HANDOUT_SLIDE_WIDTH * 10) / 16);

/** One handout page: a still copy of the slide as drawn, and the lines printed under it. */
export interface HandoutPage {
  id: string;
  title: string;
  notes: string;
  /** The slide's own source line (source, strength, data version, the state it shows), as drawn. */
  sourceLine: string;
  dataVersion: string;
  permalink: string;
  /** The slide as drawn, copied node for node (nothing is parsed from a string). */
  still: Node;
}

/**
 * Draws each slide in turn, out of sight, in its slide layout at a handout page's width, and keeps a still
 * copy of it once its chart has settled. The views read the app's state, so only one slide can be drawn at a
 * time; the copies can then all be printed together.
 */
export function HandoutCapture({
  slides,
  views,
  dataVersion,
  onDone,
}: {
  slides: Slide[];
  views: SlideViews;
  dataVersion: string;
  onDone: (pages: HandoutPage[]) => void;
}) {
  const [index, setIndex] = useState(0);
  const pages = useRef<HandoutPage[]>([]);
  const holder = useRef<HTMLDivElement>(null);
  const slide = slides[index];

  useEffect(() => {
    if (!slide) return;
    let last = '';
    let stable = 0;
    let ticks = 0;
    const timer = window.setInterval(() => {
      ticks++;
      const stage = holder.current?.querySelector('.slide-stage');
      if (!stage) return;
      const inner = stage.querySelector('[data-slide-primary] .slide-figure-inner');
      const drawn = stage.querySelector('[data-slide-primary] .chart-figure svg') !== null;
      // Settled: its chart has drawn and has been fitted to the slide the same way twice running (a slide
      // whose view has no chart frame is taken as it is after a while).
      const shape = inner ? `${inner.getAttribute('style')}|${inner.getBoundingClientRect().height}` : '';
      stable = drawn && shape === last ? stable + 1 : 0;
      last = shape;
      if (stable < 2 && ticks < 40 && !(ticks > 10 && !stage.hasAttribute('data-has-frame'))) return;
      window.clearInterval(timer);
      const still = stage.cloneNode(true) as HTMLElement;
      still.removeAttribute('data-highlighting');
      pages.current.push({
        id: slide.id,
        title: slideHeading(slide) || defaultSlideTitle(slide.query),
        notes: slide.notes.trim(),
        sourceLine:
          stage.querySelector('[data-slide-primary] .slide-frame-footer')?.textContent?.trim() ?? '',
        dataVersion: new URLSearchParams(slide.query).get('d') ?? dataVersion,
        permalink: permalinkOf(slide.query),
        still,
      });
      if (index + 1 < slides.length) setIndex(index + 1);
      else onDone(pages.current);
    }, 100);
    return () => window.clearInterval(timer);
  }, [slide, index, slides.length, dataVersion, onDone]);

  if (!slide) return null;
  return (
    <div
      ref={holder}
      className="handout-capture"
      aria-hidden="true"
      inert
      style={{ width: HANDOUT_SLIDE_WIDTH, height: HANDOUT_SLIDE_HEIGHT }}
    >
      {/* The whole story: the last build step. */}
      <SlideView slide={slide} step={stepCount(slide) - 1} views={views} highlight={null} />
    </div>
  );
}

/** Puts a still copy into the page (the copy is a node, appended as it is). */
function Still({ node }: { node: Node }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(node);
  }, [node]);
  return (
    <div
      ref={ref}
      className="handout-slide"
      style={{ width: HANDOUT_SLIDE_WIDTH, height: HANDOUT_SLIDE_HEIGHT }}
    />
  );
}

/** The handout as printed: one page per slide with its notes, source line, data version and permalink. */
export function Handout({ pages }: { pages: HandoutPage[] }) {
  // Straight under the body, so on paper everything else (the whole app) can be left out.
  return createPortal(
    <div className="handout" aria-hidden="true">
      {pages.map((p, i) => (
        <article key={p.id} className="handout-page">
          <p className="handout-count">
            Slide {i + 1} of {pages.length}: {p.title}
          </p>
          <Still node={p.still} />
          <h3>Speaker notes</h3>
          <p className="handout-notes">{p.notes || 'No notes.'}</p>
          <p className="handout-source">{p.sourceLine}</p>
          <p className="handout-meta">
            Data version {p.dataVersion} · Permalink: {p.permalink}
          </p>
        </article>
      ))}
    </div>,
    document.body,
  );
}
