import { useEffect, useRef } from 'react';
import { useIsYours, useDatasetIndex } from '../data/use-dataset.ts';
import { collectionLabel, recordTitle } from '../data/selectors.ts';
import type { FuzzyDate } from '../data/schema.ts';
import { describePrecision, formatFuzzyDate, formatSourceNumber, NOTE_LABEL } from '../lib/format.ts';
import { useViewActions, useViewState } from '../state/view-store.ts';
import { useWorkspaceStatus } from '../state/workspace-store.ts';

import { SourceStrength } from './source-strength.tsx';
import { RecordLink, YoursBadge } from './record-link.tsx';

function recordDate(r: { record: object }): FuzzyDate | undefined {
  const rec = r.record as { date?: FuzzyDate; period?: FuzzyDate };
  return rec.date ?? rec.period;
}

/**
 * Where every number leads: the verbatim quote and its document first (what the reader came for, visible
 * without scrolling on a phone), then the record's date with the curator's reasoning and notes, and the
 * original link where the document gives one. A modal <dialog>: focus is trapped, Esc closes.
 */
export function ProvenanceDrawer() {
  const recordId = useViewState('recordId');
  const { recordClosed } = useViewActions();
  const index = useDatasetIndex();
  const ref = useRef<HTMLDialogElement>(null);
  const entry = recordId ? index.records.get(recordId) : undefined;
  const yours = useIsYours(recordId ?? '');
  // A record from the user's workspace is not in the viewed data until the workspace has been read:
  // until then a missing one is not yet "not found".
  const workspaceRead = useWorkspaceStatus().kind !== 'loading';
  const shown = recordId !== null && (entry !== undefined || workspaceRead);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Open whenever a record is named, found or not: an unknown id gets its explanation, not silence.
    if (shown && !dialog.open) dialog.showModal();
    if (!shown && dialog.open) dialog.close();
  }, [shown]);

  const date = entry ? recordDate(entry) : undefined;

  return (
    // Esc (native to <dialog>) is the keyboard equivalent of the backdrop click handled here.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby="drawer-title"
      onClose={() => recordClosed()}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (e.target === e.currentTarget) recordClosed();
      }}
    >
      {shown && !entry && (
        <div className="drawer-body">
          <h2 id="drawer-title">Record not found</h2>
          <p>
            The link names a record <code>{recordId}</code> that the data you are viewing does not have. It
            may be someone&rsquo;s own workspace record (import their file, or switch to your workspace or the
            merged view if it is yours), or from a newer version of the dataset.
          </p>
          <button type="button" onClick={() => recordClosed()}>
            Close
          </button>
        </div>
      )}
      {entry && (
        <div className="drawer-body">
          <div className="drawer-head">
            <p className="eyebrow">
              {collectionLabel(entry)} · source
              {yours && <YoursBadge />}
            </p>
            <button
              type="button"
              className="icon-button"
              aria-label="Close source"
              onClick={() => recordClosed()}
            >
              ×
            </button>
          </div>
          <h2 id="drawer-title">{recordTitle(index, entry)}</h2>
          <h3>Evidence</h3>
          <ul className="evidence-list">
            {entry.record.evidence.map((e, i) => {
              const src = index.sources.get(e.sourceId);
              return (
                <li key={i}>
                  <blockquote className="quote">“{e.quote}”</blockquote>
                  {src ? (
                    <p className="citation">
                      {formatSourceNumber(src.id) && `${formatSourceNumber(src.id)} · `}
                      <cite>{src.title}</cite>
                      {src.author ? `, ${src.author}` : ''}
                      {src.publisher ? `, ${src.publisher}` : ''} · {formatFuzzyDate(src.published)}{' '}
                      <SourceStrength record={entry.record} sourceId={src.id} compact />
                      {src.url && (
                        <>
                          {' · '}
                          <a href={src.url} target="_blank" rel="noopener noreferrer">
                            original<span className="visually-hidden"> (opens in a new tab)</span>
                          </a>
                        </>
                      )}
                    </p>
                  ) : (
                    <p className="citation">Unknown source {e.sourceId}</p>
                  )}
                </li>
              );
            })}
          </ul>
          {(date || entry.record.notes.length > 0) && <h3>Date and curator&apos;s notes</h3>}
          {date && (
            <p className="drawer-date">
              Date: {formatFuzzyDate(date)} <span className="muted">({describePrecision(date)})</span>
              {date.inferred && date.reasoning && <span className="block muted">Why: {date.reasoning}</span>}
            </p>
          )}
          {entry.record.notes.length > 0 && (
            <section aria-label="Curator's notes" className="drawer-notes">
              {entry.record.notes.map((n, i) => (
                <div key={i} className={`note note-${n.kind}`}>
                  <strong>{NOTE_LABEL[n.kind]}.</strong> {n.text}
                  {n.relatedIds && n.relatedIds.length > 0 && (
                    <span className="related">
                      {' '}
                      See:{' '}
                      {n.relatedIds.map((rid) => {
                        const rel = index.records.get(rid);
                        return (
                          <RecordLink key={rid} recordId={rid}>
                            {rel ? recordTitle(index, rel) : rid}
                          </RecordLink>
                        );
                      })}
                    </span>
                  )}
                </div>
              ))}
            </section>
          )}
        </div>
      )}
    </dialog>
  );
}
