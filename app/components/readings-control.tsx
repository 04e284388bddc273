import { useId } from 'react';
import { useStoredDataset } from '../data/use-dataset.ts';
import { pickedReading } from '../domain/readings.ts';
import { useReadingActions, useReadingChoice } from '../state/readings-store.ts';
import './readings-control.css';

/**
 * Beside the as-of date: per ambiguous statement in the documents, show all its readings (the default) or
 * pick one. Views compute with the reading picked and say which; with none picked they show every reading's
 * value ("10% or 30%"). Written to the URL as `readings` (readings/url-part.ts), so permalinks and slides keep it.
 */
export function ReadingsControl() {
  const data = useStoredDataset();
  const choice = useReadingChoice();
  const { readingPicked, allShown } = useReadingActions();
  const uid = useId();
  const picked = data.ambiguities.filter((a) => pickedReading(a, choice)).length;

  if (data.ambiguities.length === 0) return null;
  return (
    <details className="readings-control">
      <summary>
        Readings: {picked === 0 ? 'all shown' : `${picked} of ${data.ambiguities.length} picked`}
      </summary>
      <div className="readings-panel" role="group" aria-labelledby={`${uid}-h`}>
        <p id={`${uid}-h`} className="readings-intro">
          Statements the documents leave open. With “All readings” every view shows each reading&apos;s value;
          pick one to compute with it.
        </p>
        {data.ambiguities.map((a) => {
          const id = `${uid}-${a.id}`;
          return (
            <div key={a.id} className="readings-row">
              <label htmlFor={id}>{a.title}</label>
              <select
                id={id}
                value={choice[a.id] ?? ''}
                aria-describedby={`${id}-q`}
                onChange={(e) => readingPicked(a.id, e.target.value === '' ? null : e.target.value)}
              >
                <option value="">All readings (show both)</option>
                {a.readings.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.id.toUpperCase()}: {r.label}
                  </option>
                ))}
              </select>
              <span id={`${id}-q`} className="readings-statement">
                “{a.statement}”
              </span>
            </div>
          );
        })}
        {picked > 0 && (
          <button type="button" onClick={allShown}>
            Show all readings again
          </button>
        )}
      </div>
    </details>
  );
}
