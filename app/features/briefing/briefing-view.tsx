import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataset } from '../../data/use-dataset.ts';
import { useDeckActions, useDeckSlides } from '../../briefing/deck-store.ts';
import {
  deckShareLink,
  defaultSlideTitle,
  MAX_LINK_LENGTH,
  slideAfterRemoval,
  slideView,
  type Slide,
} from '../../briefing/deck.ts';
import { applyQuery, currentQuery, permalinkOf } from '../../lib/url-sync.ts';
import { VIEWS } from '../../state/view-state.ts';
import { datasetJson } from '../../lib/export/csv.ts';
import { flatCsvZip } from '../../workspace/flat-files.ts';
import { downloadBlob } from '../../lib/export/dom.ts';
import { formatIsoDate, formatNumber } from '../../lib/format.ts';
import { isRealDate } from '../../lib/dates.ts';
import { raiseNotice } from '../../state/notices-store.ts';
import { openPresenterWindow, Presenter } from './presenter.tsx';
import { readSession, writeSession } from './presentation-channel.ts';
import { returnQueryFor } from './presentation.ts';
import { BuildSteps } from './build-steps.tsx';
import { Handout, HandoutCapture, type HandoutPage } from './handout.tsx';
import type { SlideViews } from './slide-view.tsx';
import './briefing.css';

/**
 * After the deck re-renders, puts keyboard focus on the first of these elements that exists and is enabled.
 * Moving a slide to an end disables the button just pressed, and removing one deletes it: either way focus
 * would otherwise fall to the top of the page.
 */
function focusAfterRender(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !(el instanceof HTMLButtonElement && el.disabled)) {
        el.focus();
        return;
      }
    }
  });
}

function viewLabel(query: string): string {
  const id = slideView(query);
  return VIEWS.find((v) => v.id === id)?.label ?? id;
}

function slideDetails(query: string): string {
  const p = new URLSearchParams(query);
  const bits = [viewLabel(query)];
  const asOf = p.get('asOf');
  if (asOf && isRealDate(asOf)) bits.push(`as of ${formatIsoDate(asOf)}`);
  const d = p.get('d');
  if (d) bits.push(`data ${d}`);
  return bits.join(' · ');
}

interface Presenting {
  index: number;
  step: number;
  startedAt: number;
  returnQuery: string;
}

/**
 * The briefing deck: build it from views, reorder, write speaker notes and build steps, share it, and present
 * it (with a presenter window if wanted). The views a slide shows are given by the app.
 */
export function BriefingView({ views }: { views: SlideViews }) {
  const data = useDataset();
  const slides = useDeckSlides();
  const { slideMoved, slideRemoved, slideEdited } = useDeckActions();
  // A presentation in progress survives a reload of this window (it resumes where it was).
  const [presenting, setPresenting] = useState<Presenting | null>(() => {
    const s = readSession();
    return s ? { ...s.position, startedAt: s.startedAt, returnQuery: s.returnQuery } : null;
  });
  const presentButton = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState('');
  // The handout: drawn slide by slide when asked for, then printed; dropped when the deck changes.
  const [handoutState, setHandout] = useState<{ pages: HandoutPage[] | null; of: Slide[] } | null>(null);
  const handout = handoutState?.of === slides ? handoutState : null;
  const handoutReady = handout?.pages != null;
  useEffect(() => {
    if (!handoutReady) return;
    const root = document.documentElement;
    root.setAttribute('data-handout', '');
    const printing = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(printing);
      root.removeAttribute('data-handout');
    };
  }, [handoutReady]);
  const handoutFrom = useRef('');
  const handoutCaptured = useCallback((pages: HandoutPage[]) => {
    // Back to the state the user was on before the slides were drawn.
    applyQuery(returnQueryFor(handoutFrom.current));
    setHandout((h) => (h ? { ...h, pages } : h));
  }, []);

  const share = slides.length ? deckShareLink(permalinkOf(''), slides) : null;
  const deckLink = share && 'link' in share ? share.link : '';

  const present = (from: number, withPresenterWindow = false) => {
    // Opened in the click itself, or the browser blocks the window.
    if (withPresenterWindow) openPresenterWindow();
    setPresenting({ index: from, step: 0, startedAt: Date.now(), returnQuery: currentQuery() });
  };

  const endPresentation = () => {
    const back = presenting?.returnQuery ?? '';
    setPresenting(null);
    writeSession(null);
    // Back to the view and state the user was on: nothing of the slides' state stays in the address bar.
    applyQuery(returnQueryFor(back));
    requestAnimationFrame(() => presentButton.current?.focus());
  };

  if (presenting !== null && slides.length) {
    return (
      <Presenter
        slides={slides}
        start={presenting}
        startedAt={presenting.startedAt}
        returnQuery={presenting.returnQuery}
        views={views}
        onExit={endPresentation}
      />
    );
  }

  const copyDeckLink = async () => {
    try {
      await navigator.clipboard.writeText(deckLink);
      setCopied('Deck link copied');
    } catch {
      setCopied('Select the link above and copy it');
    }
  };

  const download = async (kind: 'zip' | 'json') => {
    const name = `tariffs-sanctions-dataset_data-${data.datasetVersion}.${kind}`;
    try {
      const blob =
        kind === 'zip' ? await flatCsvZip(data) : new Blob([datasetJson(data)], { type: 'application/json' });
      downloadBlob(blob, name);
    } catch {
      raiseNotice('error', `The dataset could not be exported as ${kind === 'zip' ? 'CSV files' : 'JSON'}.`);
    }
  };

  return (
    <div className="view briefing">
      <header className="view-header">
        <h1>Briefing deck</h1>
        <p className="lede">
          Build a deck from views: set a view up (filters, rounds, scenario, &ldquo;as of&rdquo; date) and
          press &ldquo;Add to deck&rdquo; in the header. Each slide keeps that state and shows the
          view&rsquo;s chart fitted to the screen; build steps reveal it date by date. Present: the arrows,
          Page Up/Down or Space step through, H (or a click) highlights a mark, N shows your notes, Esc
          leaves. The presenter view opens a second window with the notes, the next step and a timer. The deck
          is saved in this browser.
        </p>
      </header>

      <section className="panel" aria-labelledby="deck-heading">
        <div className="deck-head">
          <h2 id="deck-heading" tabIndex={-1}>
            Slides <span className="muted">({slides.length})</span>
          </h2>
          <div className="row deck-present">
            <button
              ref={presentButton}
              type="button"
              className="primary"
              disabled={slides.length === 0}
              onClick={() => present(0)}
            >
              Present
            </button>
            <button type="button" disabled={slides.length === 0} onClick={() => present(0, true)}>
              Present with presenter view
            </button>
            <button
              type="button"
              disabled={slides.length === 0 || (handout !== null && !handoutReady)}
              onClick={() => {
                handoutFrom.current = currentQuery();
                setHandout({ pages: null, of: slides });
              }}
            >
              Print handout
            </button>
          </div>
        </div>
        <p role="status" className="muted handout-status">
          {handout === null
            ? ''
            : handoutReady
              ? `Handout ready: ${handout.pages!.length} slides, one per page. Print again with Ctrl+P.`
              : 'Drawing the slides for the handout…'}
        </p>
        {slides.length === 0 ? (
          <p className="muted">
            Your deck is empty. Open any view and press &ldquo;Add to deck&rdquo; in the header.
          </p>
        ) : (
          <ol className="slide-list">
            {slides.map((s, i) => (
              <li key={s.id} className="slide-item">
                <div className="slide-main">
                  <label className="block">
                    <span className="visually-hidden">Title of slide {i + 1}</span>
                    <input
                      className="slide-title-input"
                      value={s.title}
                      maxLength={200}
                      onChange={(e) => slideEdited(s.id, { title: e.target.value })}
                      placeholder={defaultSlideTitle(s.query)}
                    />
                  </label>
                  <p className="slide-details muted">{slideDetails(s.query)}</p>
                  <label className="block slide-notes">
                    <span>Speaker notes for slide {i + 1}</span>
                    <textarea
                      rows={2}
                      value={s.notes}
                      maxLength={5000}
                      onChange={(e) => slideEdited(s.id, { notes: e.target.value })}
                    />
                  </label>
                  <BuildSteps
                    slide={s}
                    number={i + 1}
                    onChange={(builds: Slide['builds']) => slideEdited(s.id, { builds })}
                  />
                </div>
                <div
                  className="slide-actions"
                  role="group"
                  aria-label={`Slide ${i + 1}: ${s.title || defaultSlideTitle(s.query)}`}
                >
                  <button type="button" onClick={() => present(i)}>
                    Present from here
                  </button>
                  <button type="button" onClick={() => applyQuery(s.query)}>
                    Open view
                  </button>
                  <button
                    type="button"
                    id={`slide-up-${s.id}`}
                    aria-label={`Move slide ${i + 1} up`}
                    disabled={i === 0}
                    onClick={() => {
                      slideMoved(s.id, -1);
                      focusAfterRender(`slide-up-${s.id}`, `slide-down-${s.id}`);
                    }}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    id={`slide-down-${s.id}`}
                    aria-label={`Move slide ${i + 1} down`}
                    disabled={i === slides.length - 1}
                    onClick={() => {
                      slideMoved(s.id, 1);
                      focusAfterRender(`slide-down-${s.id}`, `slide-up-${s.id}`);
                    }}
                  >
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    id={`slide-remove-${s.id}`}
                    aria-label={`Remove slide ${i + 1}`}
                    onClick={() => {
                      const next = slideAfterRemoval(slides, s.id);
                      slideRemoved(s.id);
                      focusAfterRender(next ? `slide-remove-${next}` : 'deck-heading');
                    }}
                  >
                    Remove
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      {slides.length > 0 && (
        <section className="panel" aria-labelledby="share-heading">
          <h2 id="share-heading">Share the deck</h2>
          {share && 'tooLong' in share ? (
            <p>
              This deck is too long to share as a link ({formatNumber(share.tooLong)} characters; links over{' '}
              {formatNumber(MAX_LINK_LENGTH)} may be refused by the server before the dashboard opens). Save
              it as a file instead and send the file.
            </p>
          ) : (
            <>
              <p className="muted">
                Whoever opens this link gets these slides added to their own deck (nothing of theirs is
                replaced). It is {formatNumber(deckLink.length)} characters long.
              </p>
              <label className="block">
                <span>Deck link</span>
                <input className="deck-link" readOnly value={deckLink} onFocus={(e) => e.target.select()} />
              </label>
              <div className="row">
                <button type="button" onClick={() => void copyDeckLink()}>
                  Copy deck link
                </button>
                <span role="status" className="muted">
                  {copied}
                </span>
              </div>
            </>
          )}
        </section>
      )}

      {handout && !handout.pages && (
        <HandoutCapture
          slides={slides}
          views={views}
          dataVersion={data.datasetVersion}
          onDone={handoutCaptured}
        />
      )}
      {handout?.pages && <Handout pages={handout.pages} />}

      <section className="panel" aria-labelledby="handouts-heading">
        <h2 id="handouts-heading">Handouts</h2>
        <p className="muted">
          The full dataset (version {data.datasetVersion}): every record with its fields and verbatim quotes,
          as spreadsheet files (one CSV per collection with a README of the columns, zipped) or as the JSON,
          the lossless copy. Each chart has its own PNG, SVG and CSV export; print this page or any view for a
          PDF with one chart per page.
        </p>
        <div className="row">
          <button type="button" onClick={() => void download('zip')}>
            Download dataset (CSV files, zip)
          </button>
          <button type="button" onClick={() => void download('json')}>
            Download dataset (JSON)
          </button>
        </div>
      </section>
    </div>
  );
}
