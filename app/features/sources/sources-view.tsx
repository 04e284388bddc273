import { useDataset } from '../../data/use-dataset.ts';
import { RECORD_COLLECTIONS } from '../../data/schema.ts';
import { formatFuzzyDate } from '../../lib/format.ts';

/** The documents behind the dataset: who wrote them, when, what kind, and how many records cite each. */
export function SourcesView() {
  const data = useDataset();
  const citations = new Map<string, number>();
  for (const c of RECORD_COLLECTIONS) {
    for (const r of data[c]) {
      for (const sid of new Set(r.evidence.map((e) => e.sourceId))) citations.set(sid, (citations.get(sid) ?? 0) + 1);
    }
  }
  return (
    <div className="view">
      <header className="view-header">
        <h1>Sources</h1>
        <p className="lede">
          The {data.sources.length} documents the dataset is curated from. They are opinion and analysis pieces with
          strong points of view; the dashboard reports what they state, attributed, and does not adopt their framing.
        </p>
      </header>
      <ul className="source-list">
        {data.sources.map((s) => (
          <li key={s.id} className="panel">
            <h2>{s.title}</h2>
            <p>
              {s.author ?? 'No author named'}
              {s.publisher ? ` · ${s.publisher}` : ''} · {formatFuzzyDate(s.published)} · {s.kind} · {s.language}
            </p>
            {s.published.inferred && s.published.reasoning && <p className="muted">Date: {s.published.reasoning}</p>}
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
          </li>
        ))}
      </ul>
    </div>
  );
}
