import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { recordTitle } from '../../data/selectors.ts';
import { useViewActions } from '../../state/view-store.ts';
import { RecordLink } from '../../components/record-link.tsx';
import { computeHighlights, quotesOfSource, type Highlights, type QuoteRef } from './highlights.ts';
import { openDocument, type OpenDocument } from './open-document.ts';
import { NewRecordForm } from './new-record-form.tsx';
import './curate.css';

/**
 * Curate: open a document (a .txt or .html file, or pasted text), see which source it is (by its SHA-256) and
 * every quote the dataset takes from it highlighted; a highlight opens its record.
 */
export function CurateView() {
  const data = useDataset();
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [selection, setSelection] = useState('');
  const [form, setForm] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const fileId = useId();
  const pasteId = useId();

  // The last passage selected inside the document's text (a click elsewhere, on the button, keeps it).
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const el = textRef.current;
      if (!sel || sel.isCollapsed || !el || !sel.anchorNode || !el.contains(sel.anchorNode)) return;
      const text = sel.toString();
      if (text.trim() !== '') setSelection(text);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  async function open(name: string, content: Uint8Array | string) {
    try {
      setError(null);
      setSelection('');
      setForm(null);
      setSaved(null);
      setDoc(await openDocument(name, content));
    } catch (e) {
      setError(`${name} could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const source = doc ? data.sources.find((s) => s.sha256 === doc.sha256 && s.bytes === doc.bytes) : undefined;
  const quotes = useMemo(() => (source ? quotesOfSource(data, source.id) : []), [data, source]);
  const highlights = useMemo(() => (doc ? computeHighlights(doc.text, quotes) : null), [doc, quotes]);

  return (
    <div className="view curate-view">
      <header className="view-header">
        <h1>Curate</h1>
        <p className="lede">
          Open a document to see which source it is and every quote the dataset takes from it. The text is
          shown as plain text, never as a web page.
        </p>
      </header>

      <section className="panel curate-open" aria-labelledby="curate-open-title">
        <h2 id="curate-open-title">Open a document</h2>
        <div className="curate-open-row">
          <label htmlFor={fileId}>Choose a document file (.txt or .html)</label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) await open(f.name, new Uint8Array(await f.arrayBuffer()));
            }}
          />
        </div>
        <div className="curate-open-row">
          <label htmlFor={pasteId}>Or paste its text</label>
          <textarea id={pasteId} rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <button
            type="button"
            disabled={pasted.trim() === ''}
            onClick={() => void open('Pasted text', pasted)}
          >
            Open pasted text
          </button>
        </div>
        {error && <p role="alert">{error}</p>}
      </section>

      {doc && highlights && (
        <section className="panel" aria-labelledby="curate-doc-title">
          <h2 id="curate-doc-title">{doc.name}</h2>
          <p role="status" className="curate-match">
            {source ? (
              <>
                Matches source: <strong>{source.title}</strong>. {highlights.found.length} of {quotes.length}{' '}
                quotes highlighted.
              </>
            ) : (
              <>
                No source matches this text (SHA-256 {doc.sha256.slice(0, 12)}…, {doc.bytes} bytes).
              </>
            )}
          </p>
          {highlights.broken.length > 0 && <BrokenQuotes broken={highlights.broken} />}
          <div className="curate-selection">
            <button type="button" disabled={selection.trim() === ''} onClick={() => setForm(selection)}>
              New record from selection
            </button>
            <span className="muted">
              {selection.trim() === ''
                ? 'Select a passage of the text to start a record from it.'
                : `Selected: “${selection.length > 80 ? `${selection.slice(0, 80)}…` : selection}”`}
            </span>
          </div>
          {saved && <p role="status">{saved}</p>}
          {form !== null && (
            <NewRecordForm
              key={form}
              doc={doc}
              source={source}
              selection={form}
              onCancel={() => setForm(null)}
              onSaved={(message) => {
                setForm(null);
                setSaved(message);
              }}
            />
          )}
          <div ref={textRef}>
            <DocumentText highlights={highlights} quotes={quotes} />
          </div>
        </section>
      )}
    </div>
  );
}

function BrokenQuotes({ broken }: { broken: QuoteRef[] }) {
  return (
    <div className="curate-broken" role="group" aria-labelledby="curate-broken-title">
      <h3 id="curate-broken-title">Broken: quote no longer in this document ({broken.length})</h3>
      <ul>
        {broken.map((b, i) => (
          <li key={i}>
            <RecordLink recordId={b.recordId}>{b.recordId}</RecordLink> “{b.quote}”
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The document's text, each quoted run a button that opens the record quoting it (a span with the button role:
 * a <button> is laid out as a block and would break the run out of its line).
 */
function DocumentText({ highlights, quotes }: { highlights: Highlights; quotes: QuoteRef[] }) {
  const index = useDatasetIndex();
  const { recordOpened } = useViewActions();
  return (
    <div className="curate-text" data-testid="document-text">
      {highlights.segments.map((s, i) => {
        if (s.quotes.length === 0) return <span key={i}>{s.text}</span>;
        const ids = [...new Set(s.quotes.map((q) => quotes[q]!.recordId))];
        const titles = ids.map((id) => {
          const r = index.records.get(id);
          return r ? recordTitle(index, r) : id;
        });
        return (
          <mark
            key={i}
            data-quotes={s.quotes.join(' ')}
            className={ids.length > 1 ? 'is-overlap' : undefined}
          >
            <span
              role="button"
              tabIndex={0}
              className="curate-highlight"
              aria-haspopup="dialog"
              title={`Quoted by: ${titles.join('; ')}`}
              onClick={() => recordOpened(ids[0]!)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                recordOpened(ids[0]!);
              }}
            >
              {s.text}
            </span>
          </mark>
        );
      })}
    </div>
  );
}
