import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { VIEW_COMPONENTS } from '../../routes.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { applyQuery } from '../../lib/url-sync.ts';
import { getViewState } from '../../state/view-store.ts';
import { presenterHeading, slideView, type Slide } from '../../briefing/deck.ts';
import { nextIndex, presenterCommand } from './presenter-keys.ts';

/**
 * Presentation mode: one slide at a time, full screen where the browser allows it (a full-window layer
 * otherwise), large type, no site header or editing chrome. Each slide restores the view state it was saved
 * with, and shows its view. Arrow keys, Page keys and Space move; Esc leaves; N shows the speaker notes.
 */
export function Presenter({
  slides,
  startAt,
  onExit,
}: {
  slides: Slide[];
  startAt: number;
  onExit: () => void;
}) {
  const [index, setIndex] = useState(() => Math.min(startAt, Math.max(0, slides.length - 1)));
  const [notesOpen, setNotesOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLDivElement>(null);
  const exitingRef = useRef(false);
  // The latest onExit, so the full-screen effect below runs once per presentation, not once per render.
  const onExitRef = useRef(onExit);
  useEffect(() => {
    onExitRef.current = onExit;
  }, [onExit]);
  const slide = slides[index];

  const exit = useCallback(() => {
    if (exitingRef.current) return;
    exitingRef.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    onExitRef.current();
  }, []);

  // Large type and no site chrome while presenting; full screen where allowed.
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('presenting');
    const root = rootRef.current;
    root?.focus();
    if (root?.requestFullscreen && document.fullscreenEnabled) {
      root.requestFullscreen().catch(() => {
        // Not allowed here (no user gesture, iframe policy): the full-window layer stays.
      });
    }
    const onFullscreenChange = () => {
      // Leaving full screen with the browser's own Esc ends the presentation too.
      if (!document.fullscreenElement) exit();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      html.classList.remove('presenting');
    };
  }, [exit]);

  // Each slide brings back the state it was saved with (filters, rounds, scenario, as-of date).
  useEffect(() => {
    if (slide) applyQuery(slide.query, { keepView: true });
  }, [slide]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The provenance drawer handles its own Esc; slides keep still while it is open.
      if (getViewState().recordId) return;
      const t = e.target instanceof HTMLElement ? e.target : null;
      const cmd = presenterCommand(e.key, t, { alt: e.altKey, ctrl: e.ctrlKey, meta: e.metaKey });
      if (!cmd) return;
      e.preventDefault();
      if (cmd === 'exit') exit();
      else if (cmd === 'notes') setNotesOpen((o) => !o);
      else if (cmd === 'scroll-down' || cmd === 'scroll-up') {
        const el = slideRef.current;
        el?.scrollBy({ top: (cmd === 'scroll-down' ? 1 : -1) * el.clientHeight * 0.6 });
      } else setIndex((i) => nextIndex(i, slides.length, cmd));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exit, slides.length]);

  if (!slide) return null;
  const viewId = slideView(slide.query);
  const View = viewId === 'briefing' ? null : VIEW_COMPONENTS[viewId];
  const heading = presenterHeading(slide);

  return (
    <div ref={rootRef} className="presenter" role="region" aria-label="Presentation" tabIndex={-1}>
      <div className="presenter-slide" ref={slideRef}>
        {heading && <p className="presenter-slide-title">{heading}</p>}
        <ErrorBoundary key={slide.id}>
          <Suspense fallback={<p role="status">Loading slide…</p>}>
            {View ? <View /> : <p>This slide shows the briefing view itself; choose another view for it.</p>}
          </Suspense>
        </ErrorBoundary>
      </div>
      {notesOpen && (
        <aside className="presenter-notes" aria-label="Speaker notes">
          <h2>Speaker notes</h2>
          {slide.notes ? (
            <p className="presenter-notes-text">{slide.notes}</p>
          ) : (
            <p className="muted">No notes for this slide.</p>
          )}
        </aside>
      )}
      <div className="presenter-bar">
        <button
          type="button"
          onClick={() => setIndex((i) => nextIndex(i, slides.length, 'previous'))}
          disabled={index === 0}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <p className="presenter-counter" role="status" aria-live="polite">
          Slide {index + 1} of {slides.length}
        </p>
        <button
          type="button"
          onClick={() => setIndex((i) => nextIndex(i, slides.length, 'next'))}
          disabled={index === slides.length - 1}
        >
          Next <span aria-hidden="true">→</span>
        </button>
        <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((o) => !o)}>
          Notes
        </button>
        <button type="button" onClick={exit}>
          Exit (Esc)
        </button>
      </div>
    </div>
  );
}
