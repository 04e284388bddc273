import { DatasetError } from '../data/load-dataset.ts';
import { formatProblem } from '../data/problems.ts';

const MAX_SHOWN = 50;

/** A broken dataset names the file, the record and what is wrong; never a blank screen. */
export function DatasetErrorPage({ error }: { error: Error }) {
  const problems = error instanceof DatasetError ? error.problems : [];
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="dataset-error-title">
      <h1 id="dataset-error-title">The dataset could not be loaded</h1>
      {error instanceof DatasetError ? (
        <>
          <p>
            <strong>{error.file}</strong> has {problems.length} problem{problems.length === 1 ? '' : 's'}.
            Nothing you made (scenarios, decks) is affected; fix the file and reload.
          </p>
          <ol className="problem-list">
            {problems.slice(0, MAX_SHOWN).map((p, i) => (
              <li key={i}>
                <code>{formatProblem(p)}</code>
              </li>
            ))}
          </ol>
          {problems.length > MAX_SHOWN && <p>…and {problems.length - MAX_SHOWN} more.</p>}
        </>
      ) : (
        <p>{error.message}</p>
      )}
    </section>
  );
}
