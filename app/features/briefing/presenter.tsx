import { useCallback, useEffect, useRef, useState } from 'react';
import { getViewState } from '../../state/view-store.ts';
import type { Slide } from '../../briefing/deck.ts';
import { presenterCommand, type PresenterCommand } from './presenter-keys.ts';
import { clampPosition, move, positionLabel, type Position } from './presentation.ts';
import {
  openChannel,
  PRESENTER_WINDOW_NAME,
  writeSession,
  type ChannelCommand,
  type ChannelMessage,
} from './presentation-channel.ts';
import { chartMarks, SlideView, type SlideViews } from './slide-view.tsx';

/** Opens (or brings forward) the presenter window; it shows the same app, which sees its name. */
export function openPresenterWindow(): Window | null {
  const url = `${window.location.pathname}?view=briefing`;
  return window.open(url, PRESENTER_WINDOW_NAME, 'popup,width=1200,height=760');
}

/** The next or previous mark's label after the current one, in the chart's order (wrapping). */
function stepHighlight(current: string | null, delta: 1 | -1): string | null {
  const labels = chartMarks(document.querySelector('.presenter')).map(
    (m) => m.getAttribute('aria-label') ?? '',
  );
  if (labels.length === 0) return null;
  const i = current === null ? -1 : labels.indexOf(current);
  const next = i < 0 ? (delta === 1 ? 0 : labels.length - 1) : (i + delta + labels.length) % labels.length;
  return labels[next] ?? null;
}

/**
 * The audience window's presentation: one slide at a time, full screen where the browser allows it (a
 * full-window layer otherwise), laid out for the screen with no site chrome. Arrow keys, Page keys and Space
 * move through build steps and slides; H highlights a chart mark (a click does too); Esc leaves; N shows the
 * speaker notes. It holds the presentation for the presenter window too: it answers that window's commands
 * and reports every change on a BroadcastChannel, and keeps its place in the session so a reload resumes.
 */
export function Presenter({
  slides,
  start,
  startedAt,
  returnQuery,
  views,
  onExit,
}: {
  slides: Slide[];
  start: Position;
  startedAt: number;
  returnQuery: string;
  views: SlideViews;
  onExit: () => void;
}) {
  const [pos, setPos] = useState<Position>(() => clampPosition(slides, start));
  const [highlight, setHighlight] = useState<string | null>(null);
  const [notesOpen, setNotesOpen] = useState(false);
  const [timerStart, setTimerStart] = useState(startedAt);
  const rootRef = useRef<HTMLDivElement>(null);
  const exitingRef = useRef(false);
  const channelRef = useRef<ReturnType<typeof openChannel> | null>(null);
  // The latest onExit, so the full-screen effect below runs once per presentation, not once per render.
  const onExitRef = useRef(onExit);
  useEffect(() => {
    onExitRef.current = onExit;
  }, [onExit]);
  const here = clampPosition(slides, pos);
  const slide = slides[here.index];

  const exit = useCallback(() => {
    if (exitingRef.current) return;
    exitingRef.current = true;
    writeSession(null);
    channelRef.current?.send({ type: 'ended' });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    onExitRef.current();
  }, []);

  const run = useCallback(
    (cmd: ChannelCommand | PresenterCommand) => {
      if (cmd === 'highlight-next' || cmd === 'highlight-previous') {
        setHighlight((h) => stepHighlight(h, cmd === 'highlight-next' ? 1 : -1));
      } else if (cmd === 'highlight-clear') setHighlight(null);
      else if (cmd === 'reset-timer') setTimerStart(Date.now());
      else if (cmd === 'next' || cmd === 'previous' || cmd === 'first' || cmd === 'last') {
        setPos((p) => move(slides, p, cmd));
        setHighlight(null);
      }
    },
    [slides],
  );

  // The presenter window: answer its commands, and tell it where we are whenever that changes.
  const stateRef = useRef<ChannelMessage | null>(null);
  useEffect(() => {
    const channel = openChannel((m) => {
      if (m.type === 'hello' && stateRef.current) channel.send(stateRef.current);
      else if (m.type === 'command') run(m.command);
      else if (m.type === 'highlight') setHighlight(m.label);
    });
    channelRef.current = channel;
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [run]);
  const { index, step } = here;
  useEffect(() => {
    const position = { index, step };
    const message: ChannelMessage = {
      type: 'state',
      state: { slides, position, highlight, startedAt: timerStart },
    };
    stateRef.current = message;
    channelRef.current?.send(message);
    writeSession({ position, startedAt: timerStart, returnQuery });
  }, [index, step, highlight, timerStart, slides, returnQuery]);

  // No site chrome while presenting; full screen where allowed.
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('presenting');
    const root = rootRef.current;
    root?.focus();
    if (root?.requestFullscreen && document.fullscreenEnabled) {
      root.requestFullscreen().catch(() => {
        // Not allowed here (no user gesture, iframe policy, a reload): the full-window layer stays.
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The provenance drawer handles its own Esc; slides keep still while it is open.
      if (getViewState().recordId) return;
      const t = e.target instanceof HTMLElement ? e.target : null;
      const cmd = presenterCommand(e.key, t, {
        alt: e.altKey,
        ctrl: e.ctrlKey,
        meta: e.metaKey,
        shift: e.shiftKey,
      });
      if (!cmd) return;
      e.preventDefault();
      if (cmd === 'exit') exit();
      else if (cmd === 'notes') setNotesOpen((o) => !o);
      else run(cmd);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exit, run]);

  if (!slide) return null;
  const atEnd = move(slides, here, 'next');
  const atStart = move(slides, here, 'previous');

  return (
    <div ref={rootRef} className="presenter" role="region" aria-label="Presentation" tabIndex={-1}>
      <SlideView
        slide={slide}
        step={here.step}
        views={views}
        highlight={highlight}
        onMarkClick={(label) => setHighlight((h) => (h === label ? null : label))}
      />
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
          onClick={() => run('previous')}
          disabled={atStart.index === here.index && atStart.step === here.step}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <p className="presenter-counter" role="status" aria-live="polite">
          {positionLabel(slides, here)}
        </p>
        <button
          type="button"
          onClick={() => run('next')}
          disabled={atEnd.index === here.index && atEnd.step === here.step}
        >
          Next <span aria-hidden="true">→</span>
        </button>
        <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((o) => !o)}>
          Notes
        </button>
        <button type="button" onClick={() => openPresenterWindow()}>
          Presenter view
        </button>
        <button type="button" onClick={exit}>
          Exit (Esc)
        </button>
      </div>
    </div>
  );
}
