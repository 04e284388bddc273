import { useId, useState, type DragEvent } from 'react';
import { useShippedDataset } from '../../data/use-dataset.ts';
import { downloadBlob } from '../../lib/export/dom.ts';
import { importFiles, type ImportResult } from '../../workspace/import-file.ts';
import { flatCsvZip } from '../../workspace/flat-files.ts';
import { mergeDatasets, workspaceDiff, type DataChoice } from '../../workspace/merge.ts';
import {
  useDataChoice,
  useWorkspaceActions,
  useWorkspaceStatus,
  workspaceOf,
} from '../../state/workspace-store.ts';
import { RECORD_COLLECTIONS } from '../../data/schema.ts';
import './workspace.css';

const CHOICES: { id: DataChoice; label: string; hint: string }[] = [
  { id: 'shipped', label: 'Shipped dataset', hint: 'the curated records only' },
  { id: 'merged', label: 'Both, merged', hint: 'your records over the shipped ones, marked “yours”' },
  { id: 'workspace', label: 'Your workspace only', hint: 'only what you imported' },
];

const json = (v: unknown) => new Blob([`${JSON.stringify(v, null, 2)}\n`], { type: 'application/json' });

/**
 * Your data: import a dataset file into a workspace kept apart from the shipped data, choose what the views
 * show (shipped, yours, or both merged), and download the workspace or its changes. Nothing here replaces
 * the shipped data, and nothing the user imported is removed without their asking.
 */
export function WorkspaceView() {
  const shipped = useShippedDataset();
  const status = useWorkspaceStatus();
  const choice = useDataChoice();
  const { workspaceImported, workspaceCleared, dataChosen } = useWorkspaceActions();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const workspace = workspaceOf(status);

  async function importPicked(list: FileList | null) {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    try {
      const picked = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const r = await importFiles(picked, workspace?.dataset ?? shipped);
      setResult(r);
      if (r.ok) await workspaceImported(r.dataset, r.origin);
    } catch (e) {
      setResult({
        ok: false,
        file: files.map((f) => f.name).join(', '),
        problems: [e instanceof Error ? e.message : String(e)],
        total: 1,
      });
    } finally {
      setBusy(false);
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void importPicked(e.dataTransfer.files);
  }

  const merged = workspace ? mergeDatasets(shipped, workspace.dataset) : null;
  const diff = workspace ? workspaceDiff(shipped, workspace.dataset) : null;
  const count = (d: typeof shipped) => RECORD_COLLECTIONS.reduce((n, c) => n + d[c].length, 0);

  return (
    <div className="view workspace-view">
      <header className="view-header">
        <h1>Your data</h1>
        <p className="lede">
          Import a dataset to see your own records in every view, beside or instead of the shipped ones. It
          stays in this browser, apart from the shipped data, which it never changes.
        </p>
      </header>

      <fieldset className="panel workspace-choice">
        <legend>Show in every view</legend>
        {CHOICES.map((c) => (
          <label key={c.id} className="workspace-choice-option">
            <input
              type="radio"
              name="data-choice"
              value={c.id}
              checked={choice === c.id}
              disabled={c.id !== 'shipped' && !workspace}
              onChange={() => dataChosen(c.id)}
            />
            <strong>{c.label}</strong> <span className="hint">{c.hint}</span>
          </label>
        ))}
      </fieldset>

      <section className="panel" aria-labelledby={`${inputId}-h`}>
        <h2 id={`${inputId}-h`}>Import a dataset</h2>
        <div
          className={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId}>
            Choose a dataset file (.json), its CSV files or their zip, or drop them here
          </label>
          <input
            id={inputId}
            type="file"
            accept=".json,.csv,.zip,application/json,text/csv,application/zip"
            disabled={busy}
            multiple
            onChange={(e) => void importPicked(e.currentTarget.files)}
          />
        </div>
        <p className="hint">
          The zip or a full set of CSVs (with dataset.csv) is a whole dataset; one collection’s CSV, such as
          tariff-measures.csv edited in a spreadsheet, is added to what is loaded (same id: replaced).
        </p>
        {busy && <p role="status">Checking the file…</p>}
        {result && !result.ok && (
          <div role="alert" className="import-problems">
            <p>
              <strong>{result.file}</strong> was not imported:{' '}
              {result.total === 1 ? 'one problem' : `${result.total} problems`}
              {result.total > result.problems.length
                ? ` (the first ${result.problems.length} are listed)`
                : ''}
              . Nothing was changed.
            </p>
            <ol>
              {result.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ol>
          </div>
        )}
        {result?.ok && (
          <p role="status" className="import-ok">
            Imported {result.origin}: {count(result.dataset).toLocaleString('en')} records, checked like the
            shipped data.
          </p>
        )}
      </section>

      {status.kind === 'unavailable' && (
        <p role="alert" className="panel notice-warning">
          This browser keeps no data for this site ({status.reason}). Your import works until this tab is
          closed; download it below to keep it.
        </p>
      )}
      {status.kind === 'unreadable' && (
        <p role="alert" className="panel notice-warning">
          The workspace saved in this browser was not used: {status.reason}.
        </p>
      )}

      {workspace && merged && diff && (
        <section className="panel" aria-labelledby={`${inputId}-ws`}>
          <h2 id={`${inputId}-ws`}>Your workspace</h2>
          <p>
            From {workspace.origin}
            {workspace.savedAt ? `, saved ${new Date(workspace.savedAt).toLocaleString('en-GB')}` : ''}:{' '}
            {count(workspace.dataset).toLocaleString('en')} records, of which{' '}
            {merged.yours.size.toLocaleString('en')} are new or differ from the shipped data.
          </p>
          <div className="workspace-actions">
            <button
              type="button"
              onClick={() => downloadBlob(json(workspace.dataset), 'workspace-dataset.json')}
            >
              Download workspace (dataset JSON)
            </button>
            <button
              type="button"
              onClick={() =>
                void flatCsvZip(workspace.dataset).then((zip) => downloadBlob(zip, 'workspace-dataset.zip'))
              }
            >
              Download workspace (CSV files, zip)
            </button>
            <button type="button" onClick={() => downloadBlob(json(diff), 'workspace-changes.json')}>
              Download changes (new and changed records)
            </button>
            {confirmRemove ? (
              <span className="confirm">
                Remove your workspace from this browser?{' '}
                <button
                  type="button"
                  onClick={() => void workspaceCleared().then(() => setConfirmRemove(false))}
                >
                  Remove
                </button>{' '}
                <button type="button" onClick={() => setConfirmRemove(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirmRemove(true)}>
                Remove workspace…
              </button>
            )}
          </div>
          {merged.conflicts.length > 0 && (
            <>
              <h3>
                {merged.conflicts.length === 1
                  ? 'One record differs from the shipped data'
                  : `${merged.conflicts.length} records differ from the shipped data`}
              </h3>
              <p className="hint">Merged, the views show your version; both are kept.</p>
              <ul className="conflicts">
                {merged.conflicts.slice(0, 50).map((c) => (
                  <li key={`${c.collection}:${c.id}`} className="conflict">
                    <p>
                      <code>{c.id}</code> ({c.collection})
                    </p>
                    <div className="conflict-sides">
                      <figure>
                        <figcaption>Shipped</figcaption>
                        <pre>{JSON.stringify(c.shipped, null, 2)}</pre>
                      </figure>
                      <figure>
                        <figcaption>Yours</figcaption>
                        <pre>{JSON.stringify(c.yours, null, 2)}</pre>
                      </figure>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
