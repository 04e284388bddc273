import { memo, useEffect, useId, useState, type FormEvent } from 'react';
import type { Actor, ScenarioStep, TariffBasis } from '../../data/schema.ts';
import type { DatasetIndex } from '../../data/selectors.ts';
import { actorName } from '../../data/selectors.ts';
import { BASIS_LABEL, formatIsoDate, formatPercent } from '../../lib/format.ts';
import type { CustomStep } from '../../scenarios/engine.ts';
import { DateField } from '../../components/date-field.tsx';
import { checkDraft, EMPTY_DRAFT, focusAfterRemoval, type Draft, type Field } from '../../scenarios/draft.ts';

function toDraft(s: ScenarioStep): Draft {
  return {
    date: s.date,
    imposerId: s.imposerId,
    targetId: s.targetId,
    rate: String(s.rate),
    basis: s.basis,
    label: s.label,
  };
}

/** Add, edit and remove the user's own steps. Validation messages name the field and sit next to it. */
export const CustomStepEditor = memo(function CustomStepEditor({
  steps,
  actors,
  index,
  onAdd,
  onEdit,
  onRemove,
  stepsBeforeLink,
  onRestoreBeforeLink,
}: {
  steps: readonly CustomStep[];
  actors: readonly Actor[];
  index: DatasetIndex;
  onAdd: (s: ScenarioStep) => void;
  onEdit: (n: number, s: ScenarioStep) => void;
  onRemove: (n: number) => void;
  stepsBeforeLink: number;
  onRestoreBeforeLink: () => void;
}) {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  // Where keyboard focus goes after the list or form changes: Edit moves to the form's first field, Remove to
  // the next step (or the section heading), so focus never falls back to the top of the page.
  const [focusTo, setFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTo) return;
    document.getElementById(focusTo)?.focus();
    setFocusTo(null);
  }, [focusTo]);
  const countries = actors.filter(
    (a) => a.kind === 'country' || a.kind === 'group' || a.kind === 'organisation',
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { step, errors: errs } = checkDraft(draft);
    setErrors(errs);
    if (!step) return;
    if (editing !== null) onEdit(editing, step);
    else onAdd(step);
    setDraft(EMPTY_DRAFT);
    setEditing(null);
  };
  const fieldProps = (f: Field) => ({
    id: `${uid}-${f}`,
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': errors[f] ? `${uid}-${f}-err` : undefined,
  });
  const err = (f: Field) =>
    errors[f] ? (
      <span id={`${uid}-${f}-err`} className="scn-field-error">
        {errors[f]}
      </span>
    ) : null;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorList = Object.values(errors);

  return (
    <section className="panel" aria-labelledby="scn-custom-h">
      <h2 id="scn-custom-h" tabIndex={-1}>
        Your own steps
      </h2>
      <p className="muted">
        A step sets a rate from its date until the next change on that path. Your steps are part of Scenario
        A, are saved in this browser and travel in the link.
      </p>
      {stepsBeforeLink > 0 && (
        <p className="scn-restore">
          <button type="button" onClick={onRestoreBeforeLink}>
            Restore the {stepsBeforeLink} step{stepsBeforeLink === 1 ? '' : 's'} you had before opening this
            link
          </button>
        </p>
      )}
      {steps.length > 0 ? (
        <ul className="scn-custom-list" aria-label="Your steps">
          {steps.map((s) => (
            <li key={s.n} className={editing === s.n ? 'is-editing' : ''}>
              <span className="badge badge-scenario">Scenario · your step {s.n}</span>{' '}
              <span>
                From {formatIsoDate(s.date)}: {actorName(index, s.imposerId)} on{' '}
                {actorName(index, s.targetId)}, {BASIS_LABEL[s.basis].toLowerCase()} {formatPercent(s.rate)} —{' '}
                {s.label} <span className="muted">(no source: made by you)</span>
              </span>
              <span className="scn-row-actions">
                <button
                  type="button"
                  id={`${uid}-edit-${s.n}`}
                  aria-label={`Edit your step ${s.n}`}
                  onClick={() => {
                    setDraft(toDraft(s));
                    setEditing(s.n);
                    setErrors({});
                    setFocusTo(`${uid}-date`);
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  aria-label={`Remove your step ${s.n}`}
                  onClick={() => {
                    const next = focusAfterRemoval(
                      steps.map((x) => x.n),
                      s.n,
                    );
                    if (editing === s.n) {
                      setEditing(null);
                      setDraft(EMPTY_DRAFT);
                      setErrors({});
                    }
                    onRemove(s.n);
                    setFocusTo(next === null ? 'scn-custom-h' : `${uid}-edit-${next}`);
                  }}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No steps of your own yet.</p>
      )}
      <form
        className="scn-form"
        onSubmit={submit}
        noValidate
        aria-label={editing !== null ? `Edit your step ${editing}` : 'Add a step'}
      >
        <h3>{editing !== null ? `Edit your step ${editing}` : 'Add a step'}</h3>
        {errorList.length > 0 && (
          <div role="alert" className="scn-form-errors">
            <p>The step was not saved:</p>
            <ul>
              {errorList.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="scn-form-grid">
          <label htmlFor={`${uid}-date`}>Date</label>
          <div>
            <DateField
              name="Date"
              value={draft.date}
              onInput={({ date, empty }) =>
                set({ date: date ?? '', dateIncomplete: !empty && date === null })
              }
              {...fieldProps('date')}
            />
            {err('date')}
          </div>
          <label htmlFor={`${uid}-imposerId`}>Imposer</label>
          <div>
            <select
              value={draft.imposerId}
              onChange={(e) => set({ imposerId: e.target.value })}
              {...fieldProps('imposerId')}
            >
              {countries.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {err('imposerId')}
          </div>
          <label htmlFor={`${uid}-targetId`}>Target</label>
          <div>
            <select
              value={draft.targetId}
              onChange={(e) => set({ targetId: e.target.value })}
              {...fieldProps('targetId')}
            >
              {countries.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {err('targetId')}
          </div>
          <label htmlFor={`${uid}-rate`}>Rate (%)</label>
          <div>
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={1000}
              step="any"
              value={draft.rate}
              onChange={(e) => set({ rate: e.target.value })}
              {...fieldProps('rate')}
            />
            {err('rate')}
          </div>
          <label htmlFor={`${uid}-basis`}>Basis</label>
          <div>
            <select
              value={draft.basis}
              onChange={(e) => set({ basis: e.target.value as TariffBasis })}
              {...fieldProps('basis')}
            >
              {(Object.keys(BASIS_LABEL) as TariffBasis[]).map((b) => (
                <option key={b} value={b}>
                  {BASIS_LABEL[b]}
                </option>
              ))}
            </select>
            {err('basis')}
          </div>
          <label htmlFor={`${uid}-label`}>Label</label>
          <div>
            <input
              type="text"
              maxLength={120}
              value={draft.label}
              onChange={(e) => set({ label: e.target.value })}
              {...fieldProps('label')}
            />
            {err('label')}
          </div>
        </div>
        <div className="scn-form-actions">
          <button type="submit" className="primary">
            {editing !== null ? 'Save step' : 'Add step'}
          </button>
          {editing !== null && (
            <button
              type="button"
              onClick={() => {
                setEditing(null);
                setDraft(EMPTY_DRAFT);
                setErrors({});
              }}
            >
              Cancel editing
            </button>
          )}
        </div>
      </form>
    </section>
  );
});
