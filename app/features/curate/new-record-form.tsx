import { Fragment, useId, useState, type ReactNode } from 'react';
import { useDataset, useShippedDataset } from '../../data/use-dataset.ts';
import { measureStatus, tariffBasis, type Source } from '../../data/schema.ts';
import { DateField } from '../../components/date-field.tsx';
import { useWorkspaceActions, useWorkspaceStatus, workspaceOf } from '../../state/workspace-store.ts';
import { isVerbatim } from '../../data/quote-check.ts';
import { addToWorkspace, buildTariffMeasure, newSource, type TariffDraft } from './new-record.ts';
import type { OpenDocument } from './open-document.ts';

/** A new tariff measure from the passage selected in the open document, saved into the user's workspace. */
export function NewTariffForm({
  doc,
  source,
  selection,
  onSaved,
  onCancel,
}: {
  doc: OpenDocument;
  source: Source | undefined;
  selection: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const data = useDataset();
  const shipped = useShippedDataset();
  const workspace = workspaceOf(useWorkspaceStatus());
  const { workspaceImported } = useWorkspaceActions();
  const [draft, setDraft] = useState<TariffDraft>({
    imposerId: '',
    targetId: '',
    rate: '',
    basis: 'headline',
    status: 'announced',
    date: null,
    label: '',
    quote: selection.trim(),
  });
  const [sourceTitle, setSourceTitle] = useState(doc.name);
  const [issues, setIssues] = useState<Record<string, string[]>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const ids = useId();
  const set = (patch: Partial<TariffDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const verbatim = isVerbatim(doc.text, draft.quote);
  const actors = data.actors.filter((a) => a.kind === 'country' || a.kind === 'organisation');

  async function save() {
    const stamp = Date.now().toString(36);
    const sourceId = source?.id ?? `src-yours-${stamp}`;
    const built = buildTariffMeasure(draft, `tm-yours-${stamp}`, sourceId, doc.text);
    if (!built.ok) {
      setIssues(built.issues);
      return;
    }
    setIssues({});
    try {
      const added = source ? undefined : newSource(doc, sourceTitle, sourceId, built.record.date.start);
      const next = addToWorkspace(workspace?.dataset ?? shipped, built.record, added);
      await workspaceImported(next, workspace ? workspace.origin : 'Curate');
      onSaved(`Saved “${built.record.label}” to your workspace.`);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  }

  const field = (
    name: keyof TariffDraft | 'record',
    label: string,
    control: (id: string, err: boolean) => ReactNode,
  ) => {
    const id = `${ids}-${name}`;
    const err = (issues[name] ?? []).length > 0;
    return (
      <div className="curate-field">
        <label htmlFor={id}>{label}</label>
        {control(id, err)}
        {err && (
          <p id={`${id}-error`} className="field-error">
            {label}: {issues[name]!.join('; ')}
          </p>
        )}
      </div>
    );
  };
  const described = (id: string, err: boolean) => (err ? `${id}-error` : undefined);

  return (
    <form
      className="curate-form"
      aria-label="New tariff measure"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>New tariff measure from selection</h3>
      {!source &&
        field('record', 'Title of the new source', (id) => (
          <input id={id} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />
        ))}
      {(['imposerId', 'targetId'] as const).map((key) => (
        <Fragment key={key}>
          {field(key, key === 'imposerId' ? 'Imposer' : 'Target', (id, err) => (
            <select
              id={id}
              value={draft[key]}
              aria-invalid={err}
              aria-describedby={described(id, err)}
              onChange={(e) => set({ [key]: e.target.value })}
            >
              <option value="">Choose…</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          ))}
        </Fragment>
      ))}
      {field('rate', 'Rate (%)', (id, err) => (
        <input
          id={id}
          inputMode="decimal"
          value={draft.rate}
          aria-invalid={err}
          aria-describedby={described(id, err)}
          onChange={(e) => set({ rate: e.target.value })}
        />
      ))}
      {field('basis', 'Basis', (id) => (
        <select id={id} value={draft.basis} onChange={(e) => set({ basis: e.target.value })}>
          {tariffBasis.options.map((b) => (
            <option key={b}>{b}</option>
          ))}
        </select>
      ))}
      {field('status', 'Status', (id) => (
        <select id={id} value={draft.status} onChange={(e) => set({ status: e.target.value })}>
          {measureStatus.options.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      ))}
      {field('date', 'Date', (id, err) => (
        <DateField
          id={id}
          name="Date"
          value={draft.date}
          onInput={({ date }) => set({ date })}
          aria-invalid={err}
          aria-describedby={described(id, err)}
        />
      ))}
      {field('label', 'Label', (id, err) => (
        <input
          id={id}
          value={draft.label}
          aria-invalid={err}
          aria-describedby={described(id, err)}
          onChange={(e) => set({ label: e.target.value })}
        />
      ))}
      {field('quote', 'Quote', (id, err) => (
        <>
          <textarea
            id={id}
            rows={3}
            value={draft.quote}
            aria-invalid={err || !verbatim}
            aria-describedby={`${id}-check`}
            onChange={(e) => set({ quote: e.target.value })}
          />
          <p id={`${id}-check`} className={verbatim ? 'quote-ok' : 'field-error'}>
            {verbatim ? 'Verbatim in this document' : 'Not verbatim in this document'}
          </p>
        </>
      ))}
      {issues.record && <p className="field-error">{issues.record.join('; ')}</p>}
      {saveError && <p role="alert">Not saved: {saveError}</p>}
      <div className="curate-form-actions">
        <button type="submit">Save to your workspace</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
