import { useEffect, useRef, useState } from 'react';
import { defaultSlideTitle, slideView } from '../../briefing/deck.ts';
import { VIEWS } from '../../state/view-state.ts';
import { presenterCommand } from './presenter-keys.ts';
import { clampPosition, formatElapsed, positionLabel, upcoming } from './presentation.ts';
import { openChannel, type ChannelMessage, type PresentationState } from './presentation-channel.ts';
import { SlideView, type SlideViews } from './slide-view.tsx';
import './briefing.css';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, []);
  return now;
}

function viewLabel(query: string): string {
  const id = slideView(query);
  return VIEWS.find((v) => v.id === id)?.label ?? id;
}

/**
 * The presenter window (for the laptop screen): the current slide as the room sees it, what comes next (the
 * next build step or slide), the speaker notes, a clock and the elapsed time. Its keys and buttons drive the
 * audience window over a BroadcastChannel; it asks for the state on load, so either window may reload.
 */
export function PresenterConsole({ views }: { views: SlideViews }) {
  const [state, setState] = useState<PresentationState | null>(null);
  const [ended, setEnded] = useState(false);
  const channelRef = useRef<ReturnType<typeof openChannel> | null>(null);
  const now = useNow();

  useEffect(() => {
    document.title = 'Presenter view — Tariffs & Sanctions';
    const channel = openChannel((m: ChannelMessage) => {
      if (m.type === 'state') {
        setState(m.state);
        setEnded(false);
      } else if (m.type === 'ended') {
        setState(null);
        setEnded(true);
      }
    });
    channelRef.current = channel;
    channel.send({ type: 'hello' });
    // Until the audience window answers (it may be reloading), keep asking.
    const retry = window.setInterval(() => channel.send({ type: 'hello' }), 1500);
    return () => {
      window.clearInterval(retry);
      channel.close();
    };
  }, []);

  const send = (m: ChannelMessage) => channelRef.current?.send(m);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target instanceof HTMLElement ? e.target : null;
      const cmd = presenterCommand(e.key, t, {
        alt: e.altKey,
        ctrl: e.ctrlKey,
        meta: e.metaKey,
        shift: e.shiftKey,
      });
      if (!cmd || cmd === 'exit' || cmd === 'notes') return;
      e.preventDefault();
      channelRef.current?.send({ type: 'command', command: cmd });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const clock = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

  if (!state || state.slides.length === 0) {
    return (
      <main className="presenter-console" aria-label="Presenter view">
        <h1>Presenter view</h1>
        <p role="status">
          {ended
            ? 'The presentation has ended. Start it again from the Briefing view in the other window.'
            : 'Waiting for the presentation: press Present in the Briefing view of the other window.'}
        </p>
        <p className="console-clock">
          <span className="muted">Time</span> {clock}
        </p>
      </main>
    );
  }

  const pos = clampPosition(state.slides, state.position);
  const slide = state.slides[pos.index]!;
  const next = upcoming(state.slides, pos);
  const title = (s: { title: string; query: string }) => s.title.trim() || defaultSlideTitle(s.query);

  return (
    <main className="presenter-console" aria-label="Presenter view">
      <h1 className="visually-hidden">Presenter view</h1>
      <section className="console-current" aria-labelledby="console-current-h">
        <h2 id="console-current-h">
          Now: <span>{positionLabel(state.slides, pos)}</span>
        </h2>
        <div className="console-slide">
          <SlideView
            slide={slide}
            step={pos.step}
            views={views}
            highlight={state.highlight}
            onMarkClick={(label) =>
              send({ type: 'highlight', label: state.highlight === label ? null : label })
            }
          />
        </div>
      </section>
      <section className="console-next" aria-labelledby="console-next-h">
        <h2 id="console-next-h">Next</h2>
        {next.kind === 'step' ? (
          <p className="console-next-text">
            Step {next.step + 1} of {next.of}: {next.label}
          </p>
        ) : next.kind === 'slide' ? (
          <p className="console-next-text">
            Slide {next.index + 1}: {title(next.slide)}{' '}
            <span className="muted">
              ({viewLabel(next.slide.query)}
              {next.slide.builds?.length ? `, ${next.slide.builds.length} steps` : ''})
            </span>
          </p>
        ) : (
          <p className="console-next-text muted">End of the deck</p>
        )}
      </section>
      <section className="console-notes" aria-labelledby="console-notes-h">
        <h2 id="console-notes-h">Speaker notes</h2>
        {slide.notes ? (
          <p className="console-notes-text">{slide.notes}</p>
        ) : (
          <p className="muted">No notes for this slide.</p>
        )}
      </section>
      <section className="console-time" aria-label="Time">
        <p className="console-clock">
          <span className="muted">Time</span> {clock}
        </p>
        <p className="console-elapsed">
          <span className="muted">Elapsed</span>{' '}
          <span role="timer" aria-label="Elapsed time">
            {formatElapsed(now - state.startedAt)}
          </span>
        </p>
        <button type="button" onClick={() => send({ type: 'command', command: 'reset-timer' })}>
          Reset timer
        </button>
      </section>
      <nav className="console-controls" aria-label="Presentation controls">
        <button type="button" onClick={() => send({ type: 'command', command: 'previous' })}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <button type="button" className="primary" onClick={() => send({ type: 'command', command: 'next' })}>
          Next <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={() => send({ type: 'command', command: 'highlight-next' })}>
          Highlight next mark (H)
        </button>
        <button type="button" onClick={() => send({ type: 'command', command: 'highlight-clear' })}>
          Clear highlight (X)
        </button>
      </nav>
    </main>
  );
}
