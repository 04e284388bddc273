import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { RECORD_COLLECTIONS } from '../../data/schema.ts';
import { recordTitle, type AnyRecord } from '../../data/selectors.ts';
import { formatFuzzyDate, formatSourceNumber } from '../../lib/format.ts';
import { AmbiguityFlag, RecordLink } from '../../components/record-link.tsx';
import { claimsBySource, listAmbiguities, recordKindLabel } from './ambiguities.ts';
import './sources.css';

/** "Doc 003 · [Untitled] Comment on …": the number the curator's notes refer to, then the title. */
function citeTitle(src: { id: string; title: string }): string {
  const n = formatSourceNumber(src.id);
  return n ? `${n} · ${src.title}` : src.title;
}

/**
 * One record in a side-by-side comparison: what it says, and every quote it rests on with the document each is
 * from. All of them, not the first: a conflict is often between two quotes of one record (Trump's words as
 * rendered twice in doc 000), and the first quote alone may not be the one the note is about.
 */
function RecordCard({ entry }: { entry: AnyRecord }) {
  const index = useDatasetIndex();
  return (
    <div className="record-card">
      <p className="eyebrow">{recordKindLabel(entry)}</p>
      <RecordLink recordId={entry.record.id}>{recordTitle(index, entry)}</RecordLink>
      {entry.record.evidence.map((e, i) => {
        const src = index.sources.get(e.sourceId);
        return (
          <figure key={i} className="record-card-quote">
            <blockquote className="quote">“{e.quote}”</blockquote>
            {src && <figcaption className="citation">{citeTitle(src)}</figcaption>}
          </figure>
        );
      })}
    </div>
  );
}

/**
 * The documents behind the dataset, what their authors argue (claims, attributed, never events), and every
 * place where a document is ambiguous or two documents disagree, shown side by side.
 */
export function SourcesView() {
  const data = useDataset();
  const citations = new Map<string, number>();
  for (const c of RECORD_COLLECTIONS) {
    for (const r of data[c]) {
      for (const sid of new Set(r.evidence.map((e) => e.sourceId)))
        citations.set(sid, (citations.get(sid) ?? 0) + 1);
    }
  }
  const ambiguities = listAmbiguities(data);
  const claims = claimsBySource(data);

  return (
    <div className="view sources-view">
      <header className="view-header">
        <h1>Sources</h1>
        <p className="lede">
          The {data.sources.length} documents the dataset is curated from. They are opinion and analysis
          pieces with strong points of view; the dashboard reports what they state, attributed, and does not
          adopt their framing.
        </p>
      </header>

      <section className="panel" aria-labelledby="ambiguities-title">
        <h2 id="ambiguities-title">Where the documents are ambiguous or disagree ({ambiguities.length})</h2>
        <p className="muted">
          The dashboard never silently picks a reading. Each item shows the curator&apos;s note and the
          records it concerns side by side, each with the quotes it rests on.
        </p>
        <ul className="ambiguity-list">
          {ambiguities.map((item, i) => (
            <li key={i} className="ambiguity-item">
              <p>
                <AmbiguityFlag kind={item.kind} />{' '}
                <strong>{item.kind === 'conflict' ? 'Documents conflict' : 'Ambiguous'}:</strong>{' '}
                {item.notes.join(' ')}
              </p>
              <div className="side-by-side">
                {item.records.map((r) => (
                  <RecordCard key={r.record.id} entry={r} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <h2 className="section-title">Documents</h2>
      <ul className="source-list">
        {data.sources.map((s) => {
          const own = claims.get(s.id) ?? [];
          return (
            <li key={s.id} className="panel">
              <h3>{citeTitle(s)}</h3>
              <p>
                {s.author ?? 'No author named'}
                {s.publisher ? ` · ${s.publisher}` : ''} · {formatFuzzyDate(s.published)} · {s.kind} ·{' '}
                {s.language}
              </p>
              {s.published.inferred && s.published.reasoning && (
                <p className="muted">Date: {s.published.reasoning}</p>
              )}
              {s.notes.map((n, i) => (
                <p key={i} className={`note note-${n.kind}`}>
                  {n.text}
                </p>
              ))}
              <p>
                {citations.get(s.id) ?? 0} records cite this document
                {s.url && (
                  <>
                    {' · '}
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      original<span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </>
                )}
              </p>
              {own.length > 0 && (
                <details className="claims">
                  <summary>
                    What the document argues: {own.length} claim{own.length === 1 ? '' : 's'}, attributed
                  </summary>
                  <ul>
                    {own.map((c) => (
                      <li key={c.id}>
                        <span className="badge">{c.kind}</span> <strong>{c.claimant}</strong>: {c.text}{' '}
                        <RecordLink recordId={c.id} label={`Quote for the claim: ${c.text}`}>
                          quote
                        </RecordLink>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
