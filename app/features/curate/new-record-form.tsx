import { useId, useMemo, useState, type ReactNode } from 'react';
import { useDataset, useShippedDataset } from '../../data/use-dataset.ts';
import type { Actor, Source } from '../../data/schema.ts';
import { datePrecision } from '../../data/schema.ts';
import { DateField } from '../../components/date-field.tsx';
import { useWorkspaceActions, useWorkspaceStatus, workspaceOf } from '../../state/workspace-store.ts';
import { isVerbatim } from '../../data/quote-check.ts';
import {
  addToWorkspace,
  buildAmbiguity,
  buildRecord,
  emptyReadings,
  readingFieldsOf,
  type ReadingsDraft,
  dateLabel,
  emptyDraft,
  kindOfCollection,
  newRecordTitle,
  newSource,
  NEW_RECORD_KINDS,
  recordDate,
  type DateDraft,
  type Draft,
  type DraftValue,
  type NewRecordCollection,
  type NoteDraft,
} from './new-record.ts';
import { fieldsOf, labelOf, type FieldDescriptor } from './schema-fields.ts';
import type { OpenDocument } from './open-document.ts';

type Issues = Record<string, string[]>;

/**
 * A new record from the passage selected in the open document: the collection is picked, the form is
 * generated from that collection's schema (schema-fields.ts), the quote is checked verbatim as it is typed,
 * and the record is saved into the user's workspace.
 */
export function NewRecordForm({
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
  const [collection, setCollection] = useState<NewRecordCollection>('tariffMeasures');
  const kind = kindOfCollection(collection);
  const fields = useMemo(() => fieldsOf(kind.schema), [kind]);
  // One draft per collection, so switching back and forth loses nothing typed.
  const [drafts, setDrafts] = useState<Partial<Record<NewRecordCollection, Draft>>>({});
  const draft = drafts[collection] ?? emptyDraft(fields);
  const [readingDrafts, setReadingDrafts] = useState<Partial<Record<NewRecordCollection, ReadingsDraft>>>({});
  const readings = readingDrafts[collection] ?? emptyReadings(collection);
  const readingFields = readingFieldsOf(collection);
  const [quote, setQuote] = useState(selection.trim());
  const [sourceTitle, setSourceTitle] = useState(doc.name);
  const [issues, setIssues] = useState<Issues>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const ids = useId();
  const verbatim = isVerbatim(doc.text, quote);
  const name = `New ${kind.label.toLowerCase()}`;

  async function save() {
    const stamp = Date.now().toString(36);
    const sourceId = source?.id ?? `src-yours-${stamp}`;
    const built = buildRecord(
      collection,
      draft,
      quote,
      `${kind.idPrefix}-yours-${stamp}`,
      sourceId,
      doc.text,
    );
    const amb = built.ok
      ? buildAmbiguity(readings, built.record, quote, sourceId, `amb-yours-${stamp}`)
      : undefined;
    if (!built.ok || !amb?.ok) {
      setIssues({ ...(built.ok ? {} : built.issues), ...(amb && !amb.ok ? amb.issues : {}) });
      return;
    }
    setIssues({});
    try {
      const date = recordDate(built.record)?.start ?? new Date().toISOString().slice(0, 10);
      const added = source ? undefined : newSource(doc, sourceTitle, sourceId, date);
      const next = addToWorkspace(
        workspace?.dataset ?? shipped,
        collection,
        built.record,
        added,
        amb.ambiguity,
      );
      const kept = await workspaceImported(next, workspace ? workspace.origin : 'Curate');
      onSaved(
        `Saved “${newRecordTitle(built.record)}” to your workspace${kept === 'in-memory' ? ' in this tab only: it lasts until the tab is closed' : ''}.`,
      );
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  }

  const shown = new Set(['quote', 'ambiguity', ...fields.map((f) => f.key)]);
  const other = Object.entries(issues).filter(([path]) => !shown.has(path.split('.')[0]!));

  return (
    <form
      className="curate-form"
      aria-label={name}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{name} from selection</h3>
      <div className="curate-field">
        <label htmlFor={`${ids}-collection`}>Record type</label>
        <select
          id={`${ids}-collection`}
          value={collection}
          onChange={(e) => {
            setCollection(e.target.value as NewRecordCollection);
            setIssues({});
          }}
        >
          {NEW_RECORD_KINDS.map((k) => (
            <option key={k.collection} value={k.collection}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      {!source && (
        <div className="curate-field">
          <label htmlFor={`${ids}-source`}>Title of the new source</label>
          <input id={`${ids}-source`} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />
        </div>
      )}
      <div className="curate-field">
        <label htmlFor={`${ids}-quote`}>Quote</label>
        <textarea
          id={`${ids}-quote`}
          rows={3}
          value={quote}
          aria-invalid={!!issues.quote || !verbatim}
          aria-describedby={`${ids}-quote-check${issues.quote ? ` ${ids}-quote-error` : ''}`}
          onChange={(e) => setQuote(e.target.value)}
        />
        <p id={`${ids}-quote-check`} className={verbatim ? 'quote-ok' : 'field-error'}>
          {verbatim ? 'Verbatim in this document' : 'Not verbatim in this document'}
        </p>
        <FieldError id={`${ids}-quote-error`} label="Quote" messages={issues.quote} />
      </div>
      {fields.map((f) => (
        <Field
          key={`${collection}-${f.key}`}
          field={f}
          path={f.key}
          idBase={`${ids}-${collection}`}
          value={draft[f.key] ?? null}
          issues={issues}
          actors={data.actors}
          onChange={(v) =>
            setDrafts((all) => ({ ...all, [collection]: { ...(all[collection] ?? draft), [f.key]: v } }))
          }
        />
      ))}
      {readingFields.length > 0 && (
        <ReadingsFields
          id={`${ids}-${collection}-readings`}
          fields={readingFields}
          value={readings}
          issues={issues}
          onChange={(v) => setReadingDrafts((all) => ({ ...all, [collection]: v }))}
        />
      )}
      {other.length > 0 && (
        <ul className="field-error">
          {other.map(([path, messages]) => (
            <li key={path}>
              {path}: {messages.join('; ')}
            </li>
          ))}
        </ul>
      )}
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

function FieldError({ id, label, messages }: { id: string; label: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {label}: {messages.join('; ')}
    </p>
  );
}

interface FieldProps {
  field: FieldDescriptor;
  /** The field's path in the record ("date", "terms.endsOn"): issues are keyed by it. */
  path: string;
  idBase: string;
  value: DraftValue;
  issues: Issues;
  actors: Actor[];
  onChange: (value: DraftValue) => void;
}

/** One generated field: its label, the control its kind calls for, its hint and its schema messages. */
function Field({ field, path, idBase, value, issues, actors, onChange }: FieldProps) {
  const id = `${idBase}-${path.replace(/\./g, '-')}`;
  const messages = issues[path];
  const err = !!messages?.length;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [field.hint ? hintId : '', err ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const label = field.required ? field.label : `${field.label} (optional)`;
  const common = { id, 'aria-invalid': err, 'aria-describedby': describedBy };
  const k = field.kind;
  const hint = field.hint && (
    <p id={hintId} className="muted curate-hint">
      {field.hint}
    </p>
  );
  const error = <FieldError id={errorId} label={field.label} messages={messages} />;

  if (k.type === 'omitted') return null;
  if (k.type === 'fuzzy-date')
    return (
      <FuzzyDateField
        field={field}
        label={label}
        path={path}
        id={id}
        value={value as DateDraft}
        issues={issues}
        onChange={onChange}
      />
    );
  if (k.type === 'group')
    return (
      <fieldset className="curate-group">
        <legend>{label}</legend>
        {hint}
        {error}
        {k.fields.map((sub) => (
          <Field
            key={sub.key}
            field={{ ...sub, label: `${field.label}, ${sub.label.toLowerCase()}` }}
            path={`${path}.${sub.key}`}
            idBase={idBase}
            value={(value as Draft)[sub.key] ?? null}
            issues={issues}
            actors={actors}
            onChange={(v) => onChange({ ...(value as Draft), [sub.key]: v })}
          />
        ))}
      </fieldset>
    );
  if (k.type === 'notes')
    return (
      <NotesField
        label={label}
        path={path}
        id={id}
        kinds={k.kinds}
        value={value as NoteDraft[]}
        issues={issues}
        onChange={onChange}
      />
    );
  if (k.type === 'actor' && k.many) {
    const picked = new Set(value as string[]);
    return (
      <fieldset className="curate-group curate-actors" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {hint}
        <div className="curate-actor-list">
          {actors.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                checked={picked.has(a.id)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...(value as string[]), a.id]
                      : (value as string[]).filter((x) => x !== a.id),
                  )
                }
              />{' '}
              {a.name}
            </label>
          ))}
        </div>
        {error}
      </fieldset>
    );
  }

  let control;
  switch (k.type) {
    case 'actor':
      control = (
        <select {...common} value={value as string} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose…</option>
          {actors
            .filter((a) => a.kind !== 'person')
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
      );
      break;
    case 'enum':
      control = (
        <select {...common} value={value as string} onChange={(e) => onChange(e.target.value)}>
          {!k.defaultValue && <option value="">Choose…</option>}
          {k.options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      );
      break;
    case 'boolean':
      return (
        <div className="curate-field">
          <label>
            <input
              type="checkbox"
              {...common}
              checked={value === true}
              onChange={(e) => onChange(e.target.checked)}
            />{' '}
            {label}
          </label>
          {hint}
          {error}
        </div>
      );
    case 'iso-date':
      control = (
        <DateField
          id={id}
          name={field.label}
          value={(value as string | null) ?? null}
          onInput={({ date }) => onChange(date)}
          aria-invalid={err}
          aria-describedby={describedBy}
        />
      );
      break;
    case 'number':
      control = (
        <input
          {...common}
          inputMode={k.integer ? 'numeric' : 'decimal'}
          value={value as string}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case 'text':
      control = k.long ? (
        <textarea {...common} rows={2} value={value as string} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} value={value as string} onChange={(e) => onChange(e.target.value)} />
      );
      break;
    case 'record-ids':
      control = (
        <input
          {...common}
          value={value as string}
          placeholder={k.many ? 'id-one, id-two' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
  }
  return (
    <div className="curate-field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hint}
      {error}
    </div>
  );
}

/** A date as a document gives it: first and last day, precision, label, and whether (and why) it was inferred. */
function FuzzyDateField({
  field,
  label,
  path,
  id,
  value,
  issues,
  onChange,
}: {
  field: FieldDescriptor;
  label: string;
  path: string;
  id: string;
  value: DateDraft;
  issues: Issues;
  onChange: (v: DateDraft) => void;
}) {
  const set = (patch: Partial<DateDraft>) => onChange({ ...value, ...patch });
  const sub = (key: keyof DateDraft, subLabel: string) => {
    const messages = issues[`${path}.${key}`];
    const err = !!messages?.length;
    return {
      id: `${id}-${key}`,
      err,
      describedBy: err ? `${id}-${key}-error` : undefined,
      error: (
        <FieldError id={`${id}-${key}-error`} label={`${field.label}, ${subLabel}`} messages={messages} />
      ),
    };
  };
  const start = sub('start', 'first day');
  const end = sub('end', 'last day');
  const precision = sub('precision', 'precision');
  const lbl = sub('label', 'label');
  const reasoning = sub('reasoning', 'reasoning');
  const auto = value.start ? dateLabel(value.start, value.end ?? value.start) : null;
  return (
    <fieldset className="curate-group">
      <legend>{label}</legend>
      {field.hint && <p className="muted curate-hint">{field.hint}</p>}
      <FieldError id={`${id}-error`} label={field.label} messages={issues[path]} />
      <div className="curate-field">
        <label htmlFor={start.id}>First day</label>
        <DateField
          id={start.id}
          name={`${field.label}, first day`}
          value={value.start}
          onInput={({ date }) => set({ start: date })}
          aria-invalid={start.err}
          aria-describedby={start.describedBy}
        />
        {start.error}
      </div>
      <div className="curate-field">
        <label htmlFor={end.id}>Last day (leave blank for a single day)</label>
        <DateField
          id={end.id}
          name={`${field.label}, last day`}
          value={value.end}
          onInput={({ date }) => set({ end: date })}
          aria-invalid={end.err}
          aria-describedby={end.describedBy}
        />
        {end.error}
      </div>
      <div className="curate-field">
        <label htmlFor={precision.id}>Precision</label>
        <select
          id={precision.id}
          value={value.precision}
          aria-invalid={precision.err}
          aria-describedby={precision.describedBy}
          onChange={(e) => set({ precision: e.target.value })}
        >
          {datePrecision.options.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
        {precision.error}
      </div>
      <div className="curate-field">
        <label htmlFor={lbl.id}>How the date reads{auto ? ` (blank: “${auto}”)` : ''}</label>
        <input
          id={lbl.id}
          value={value.label}
          aria-invalid={lbl.err}
          aria-describedby={lbl.describedBy}
          onChange={(e) => set({ label: e.target.value })}
        />
        {lbl.error}
      </div>
      <div className="curate-field">
        <label>
          <input
            type="checkbox"
            checked={value.inferred}
            onChange={(e) => set({ inferred: e.target.checked })}
          />{' '}
          Inferred (derived by the curator, not read off the document)
        </label>
      </div>
      <div className="curate-field">
        <label htmlFor={reasoning.id}>Reasoning{value.inferred ? '' : ' (optional)'}</label>
        <textarea
          id={reasoning.id}
          rows={2}
          value={value.reasoning}
          aria-invalid={reasoning.err}
          aria-describedby={reasoning.describedBy}
          onChange={(e) => set({ reasoning: e.target.value })}
        />
        {reasoning.error}
      </div>
    </fieldset>
  );
}

/** The curator's notes: each a kind and a text, added and removed one by one. */
function NotesField({
  label,
  path,
  id,
  kinds,
  value,
  issues,
  onChange,
}: {
  label: string;
  path: string;
  id: string;
  kinds: readonly string[];
  value: NoteDraft[];
  issues: Issues;
  onChange: (v: NoteDraft[]) => void;
}) {
  const set = (i: number, patch: Partial<NoteDraft>) =>
    onChange(value.map((n, j) => (j === i ? { ...n, ...patch } : n)));
  return (
    <fieldset className="curate-group">
      <legend>{label}</legend>
      {value.map((n, i) => {
        const textIssues = issues[`${path}.${i}.text`];
        return (
          <div key={i} className="curate-note" role="group" aria-label={`Note ${i + 1}`}>
            <div className="curate-field">
              <label htmlFor={`${id}-${i}-kind`}>Note {i + 1}: kind</label>
              <select
                id={`${id}-${i}-kind`}
                value={n.kind}
                onChange={(e) => set(i, { kind: e.target.value })}
              >
                {kinds.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </div>
            <div className="curate-field">
              <label htmlFor={`${id}-${i}-text`}>Note {i + 1}: text</label>
              <textarea
                id={`${id}-${i}-text`}
                rows={2}
                value={n.text}
                aria-invalid={!!textIssues?.length}
                aria-describedby={textIssues?.length ? `${id}-${i}-text-error` : undefined}
                onChange={(e) => set(i, { text: e.target.value })}
              />
              <FieldError id={`${id}-${i}-text-error`} label={`Note ${i + 1}`} messages={textIssues} />
            </div>
            <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              Remove note {i + 1}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...value, { kind: kinds[0]!, text: '' }])}>
        Add a note
      </button>
    </fieldset>
  );
}

/**
 * Readings of the quote, when it can be read two or more ways and the reading changes a value: what is open,
 * the field the readings set, and each reading's label, reasoning and value (the record keeps one of them).
 */
function ReadingsFields({
  id,
  fields,
  value,
  issues,
  onChange,
}: {
  id: string;
  fields: readonly string[];
  value: ReadingsDraft;
  issues: Issues;
  onChange: (v: ReadingsDraft) => void;
}) {
  const setReading = (i: number, patch: Partial<ReadingsDraft['readings'][number]>) =>
    onChange({ ...value, readings: value.readings.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const input = (key: string, label: string, control: (props: ControlProps) => ReactNode) => {
    const messages = issues[`ambiguity.${key}`];
    const err = !!messages?.length;
    const cid = `${id}-${key.replace(/\./g, '-')}`;
    return (
      <div className="curate-field">
        <label htmlFor={cid}>{label}</label>
        {control({ id: cid, 'aria-invalid': err, 'aria-describedby': err ? `${cid}-error` : undefined })}
        <FieldError id={`${cid}-error`} label={label} messages={messages} />
      </div>
    );
  };
  return (
    <fieldset className="curate-group">
      <legend>Readings (optional)</legend>
      <p className="muted curate-hint">
        When the quote can be read two or more ways and the reading changes a value. No reading is a default:
        the views show every one until the analyst picks one. The record keeps the value of one of them.
      </p>
      {input('title', 'What is open', (p) => (
        <input {...p} value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} />
      ))}
      {input('field', 'Field the readings set', (p) => (
        <select {...p} value={value.field} onChange={(e) => onChange({ ...value, field: e.target.value })}>
          {fields.map((f) => (
            <option key={f} value={f}>
              {labelOf(f)}
            </option>
          ))}
        </select>
      ))}
      {value.readings.map((r, i) => (
        <div
          key={i}
          className="curate-note"
          role="group"
          aria-label={`Reading ${String.fromCharCode(97 + i)}`}
        >
          {input(`readings.${i}.label`, `Reading ${String.fromCharCode(97 + i)}: label`, (p) => (
            <input {...p} value={r.label} onChange={(e) => setReading(i, { label: e.target.value })} />
          ))}
          {input(`readings.${i}.reasoning`, `Reading ${String.fromCharCode(97 + i)}: reasoning`, (p) => (
            <textarea
              {...p}
              rows={2}
              value={r.reasoning}
              onChange={(e) => setReading(i, { reasoning: e.target.value })}
            />
          ))}
          {input(
            `readings.${i}.value`,
            `Reading ${String.fromCharCode(97 + i)}: ${labelOf(value.field).toLowerCase()}`,
            (p) => (
              <input {...p} value={r.value} onChange={(e) => setReading(i, { value: e.target.value })} />
            ),
          )}
          {value.readings.length > 2 && (
            <button
              type="button"
              onClick={() => onChange({ ...value, readings: value.readings.filter((_, j) => j !== i) })}
            >
              Remove reading {String.fromCharCode(97 + i)}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange({ ...value, readings: [...value.readings, { label: '', reasoning: '', value: '' }] })
        }
      >
        Add a reading
      </button>
    </fieldset>
  );
}

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}
