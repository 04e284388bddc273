import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { useBoxSize } from './use-box-size.ts';

const MIN_SCALE = 0.45;
const MAX_SCALE = 1.8;

/**
 * A chart scaled to fill the box it is given on a slide, never more: the chart is laid out at the width that,
 * scaled, fills the box's width, and scaled so its height fits the box. A chart shorter than the box is
 * drawn larger (bigger type for the back of the room); a taller one smaller, so nothing runs off the screen.
 */
export function SlideFigure({
  children,
  figureRef,
}: {
  children: ReactNode;
  figureRef: Ref<HTMLDivElement>;
}) {
  const [boxRef, box] = useBoxSize<HTMLDivElement>();
  const innerRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const inner = innerRef.current;
    if (!inner || box.height === 0) return;
    // A chart's height hardly depends on its width, so one or two refits settle; the cap stops a chart whose
    // labels rewrap at every width from refitting for ever.
    let refits = 0;
    const fit = () => {
      // offsetHeight rounds to a whole pixel; one more, so a chart a fraction taller never ends over the edge.
      const h = inner.offsetHeight + 1;
      if (h === 1) return;
      setScale((current) => {
        const next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, box.height / h));
        // Any shrink is taken (a chart 1% too tall runs off the bottom of the screen); growth only by 1% or more.
        if (next < current ? current - next < 0.0005 : next - current < 0.01) return current;
        // Growing stops after a few refits; shrinking never does, so the chart always ends inside its box.
        if (next > current && refits > 4) return current;
        refits++;
        return next;
      });
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(inner);
    return () => ro.disconnect();
  }, [box]);

  return (
    <div ref={boxRef} className="slide-figure-box">
      <div
        ref={innerRef}
        className="slide-figure-inner"
        style={{ width: box.width ? box.width / scale : undefined, transform: `scale(${scale})` }}
      >
        <div ref={figureRef} className="chart-figure">
          {children}
        </div>
      </div>
    </div>
  );
}
