import { useId } from 'react';
import { useViewActions, useViewState } from '../state/view-store.ts';
import { formatIsoDate } from '../lib/format.ts';
import { DateField } from './date-field.tsx';
import './as-of-control.css';

/** Dates an analyst often wants to read the state of the world on (each marks a documented turn). */
export const AS_OF_PRESETS: readonly { date: string; label: string }[] = [
  { date: '2025-01-10', label: '10 Jan 2025: US oil sanctions' },
  { date: '2025-04-15', label: 'mid Apr 2025: spring tariff peak' },
  { date: '2025-09-15', label: 'mid Sep 2025: summer truce' },
  { date: '2025-11-02', label: '2 Nov 2025: after the threatened start' },
];

/**
 * The global "as of" date: every view shows what was in force on it (none set = today). Lives in the
 * header; written to the URL as `asOf` by url-sync.
 */
export function AsOfControl() {
  const asOf = useViewState('asOf');
  const { asOfSet } = useViewActions();
  const inputId = useId();
  const presetId = useId();
  return (
    <div className="as-of" role="group" aria-label="As of date">
      <label htmlFor={inputId} className="as-of-label">
        As of
      </label>
      <DateField
        id={inputId}
        name="As of"
        min="2015-01-01"
        max="2030-12-31"
        value={asOf}
        aria-describedby={`${inputId}-hint`}
        onChange={asOfSet}
        onClear={() => asOfSet(null)}
        showing={asOf ? `the views show ${formatIsoDate(asOf)}` : 'the views show today'}
      />
      <span id={`${inputId}-hint`} className="visually-hidden">
        {asOf ? `Showing what was in force on ${formatIsoDate(asOf)}.` : 'No date set: views show today.'}
      </span>
      <label htmlFor={presetId} className="visually-hidden">
        Quick as-of dates
      </label>
      <select
        id={presetId}
        className="as-of-presets"
        value=""
        onChange={(e) => {
          if (e.target.value) asOfSet(e.target.value);
        }}
      >
        <option value="">Quick dates…</option>
        {AS_OF_PRESETS.map((p) => (
          <option key={p.date} value={p.date}>
            {p.label}
          </option>
        ))}
      </select>
      {asOf && (
        <button
          type="button"
          className="as-of-clear"
          onClick={() => asOfSet(null)}
          aria-label="Today: clear the as-of date"
        >
          Today
        </button>
      )}
    </div>
  );
}
