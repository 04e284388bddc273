import { useState, type ChangeEvent } from 'react';
import { completeDate, DATE_YEARS } from '../lib/dates.ts';
import './date-field.css';

export interface DateFieldProps {
  /** The input's id; the caller renders the visible <label htmlFor={id}>. */
  id: string;
  /** The field's name in messages: "From", "As of", "Date of entry". */
  name: string;
  /** The date the view uses (null: none set). Shown whenever the user is not typing in the field. */
  value: string | null;
  /** Called with complete, real dates only (never a half-typed year such as 0002 or 0202). */
  onChange?: (date: string) => void;
  /** Called when the user empties the field entirely; without it, an empty field keeps the last date. */
  onClear?: () => void;
  /** For forms that validate on submit: every change, with the complete date or null while incomplete. */
  onInput?: (state: { date: string | null; empty: boolean }) => void;
  /** What the view shows while the typed value is incomplete: "the timeline starts on 1 Jan 2025". */
  showing?: string;
  min?: string;
  max?: string;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * The one date input. It keeps what the user types (a controlled date field given back every keystroke's
 * value resets its segments: 07/01/2025 typed over a date became 0025-…), commits only complete, real dates
 * (`completeDate`), and while the typed value is incomplete says which date the view still shows.
 */
export function DateField({
  id,
  name,
  value,
  onChange,
  onClear,
  onInput,
  showing,
  min,
  max,
  className,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: DateFieldProps) {
  const [raw, setRaw] = useState(value ?? '');
  // Chromium reports '' while only some segments are filled (validity.badInput tells the two apart).
  const [partial, setPartial] = useState(false);
  const [seen, setSeen] = useState(value);
  // A new date from elsewhere (a preset, a zoom, a link) replaces the text; the echo of a date this field
  // committed is the text already. So a view must give back the date the field committed, not a normalised
  // one (the timeline passes the user's own From, not the ordered range), or typing would be reset.
  if (value !== seen) {
    setSeen(value);
    setRaw(value ?? '');
    setPartial(false);
  }

  const empty = raw === '' && !partial;
  const incomplete = !empty && completeDate(raw) === null;
  const noteId = `${id}-note`;
  const note = incomplete && showing !== undefined;

  const handle = (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.target.value;
    const isPartial = next === '' && e.target.validity.badInput;
    setRaw(next);
    setPartial(isPartial);
    const full = completeDate(next);
    onInput?.({ date: full, empty: next === '' && !isPartial });
    if (full !== null) {
      if (full !== value) onChange?.(full);
    } else if (next === '' && !isPartial) onClear?.();
  };

  return (
    <span className={`date-field${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        type="date"
        value={raw}
        min={min}
        max={max}
        aria-invalid={invalid || note ? true : undefined}
        aria-describedby={[describedBy, note ? noteId : undefined].filter(Boolean).join(' ') || undefined}
        onChange={handle}
        onBlur={() => {
          // Emptied without onClear: the field shows the date the view still uses. Unfinished text stays.
          if (empty && value) setRaw(value);
        }}
      />
      {note && (
        <span id={noteId} className="date-field-note" role="status">
          {name}: enter a full date between {DATE_YEARS.min} and {DATE_YEARS.max}; {showing}.
        </span>
      )}
    </span>
  );
}
