import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { datasetQueries } from '../data/queries.ts';
import { possiblyPublishedBy, publishedBy } from '../data/reported-by.ts';
import type { Source } from '../data/schema.ts';
import { formatIsoDate } from '../lib/format.ts';
import { useReportedBy, useReportedByActions } from '../state/reported-by-store.ts';
import { DateField } from './date-field.tsx';
import './as-of-control.css';

/** What the documents counted on a "Reported by" date come to, in words. */
export function describeReportedBy(sources: readonly Source[], date: string): string {
  const counted = sources.filter((s) => publishedBy(s, date));
  const maybe = sources.filter((s) => possiblyPublishedBy(s, date));
  const base = `Showing only what the ${counted.length} of ${sources.length} documents published by ${formatIsoDate(date)} had reported`;
  const list = counted.length
    ? ` (${counted.map((s) => `${s.title}, ${s.published.label}`).join('; ')})`
    : '';
  const open = maybe.length
    ? ` Not counted, as it may have appeared after that day: ${maybe.map((s) => `${s.title} (${s.published.label})`).join('; ')}.`
    : '';
  return `${base}${list}.${open}`;
}

/**
 * The global "Reported by" date beside "As of": every view shows only what the documents published on or
 * before it had reported (none set = every document). Quick dates are the days each document counts from.
 */
export function ReportedByControl() {
  const reportedBy = useReportedBy();
  const { reportedBySet } = useReportedByActions();
  const sources = useQuery(datasetQueries.all()).data?.sources;
  const inputId = useId();
  const presetId = useId();
  const counted = reportedBy && sources ? sources.filter((s) => publishedBy(s, reportedBy)).length : null;
  const byDate = sources ? [...sources].sort((a, b) => a.published.end.localeCompare(b.published.end)) : [];
  return (
    <div className="as-of reported-by" role="group" aria-label="Reported by date">
      <label htmlFor={inputId} className="as-of-label">
        Reported by
      </label>
      <DateField
        id={inputId}
        name="Reported by"
        min="2015-01-01"
        max="2030-12-31"
        value={reportedBy}
        aria-describedby={`${inputId}-hint`}
        onChange={reportedBySet}
        onClear={() => reportedBySet(null)}
        showing={
          reportedBy
            ? `the views show what was reported by ${formatIsoDate(reportedBy)}`
            : 'the views show every document'
        }
      />
      <span id={`${inputId}-hint`} className="visually-hidden">
        {reportedBy && sources
          ? describeReportedBy(sources, reportedBy)
          : 'No date set: views show what every document reported.'}
      </span>
      {counted !== null && sources && (
        <span className="reported-by-count" aria-hidden="true">
          {counted} of {sources.length} documents
        </span>
      )}
      {byDate.length > 0 && (
        <>
          <label htmlFor={presetId} className="visually-hidden">
            Quick reported-by dates
          </label>
          <select
            id={presetId}
            className="as-of-presets"
            value=""
            onChange={(e) => {
              if (e.target.value) reportedBySet(e.target.value);
            }}
          >
            <option value="">Documents…</option>
            {byDate.map((s) => (
              <option key={s.id} value={s.published.end}>
                {formatIsoDate(s.published.end)}: with “{s.title}”
              </option>
            ))}
          </select>
        </>
      )}
      {reportedBy && (
        <button
          type="button"
          className="as-of-clear"
          onClick={() => reportedBySet(null)}
          aria-label="All documents: clear the reported-by date"
        >
          All
        </button>
      )}
    </div>
  );
}

/**
 * Said above every view while a "Reported by" date is set, so an empty chart or a short list reads as
 * "not reported yet", not as "nothing happened".
 */
export function ReportedByBanner() {
  const reportedBy = useReportedBy();
  const { reportedBySet } = useReportedByActions();
  const sources = useQuery(datasetQueries.all()).data?.sources;
  if (!reportedBy || !sources) return null;
  const counted = sources.filter((s) => publishedBy(s, reportedBy)).length;
  return (
    <p className="reported-by-banner" role="status">
      <strong>Reported by {formatIsoDate(reportedBy)}:</strong> showing only what the {counted} of{' '}
      {sources.length} documents published by then had reported; records and quotes from later documents are
      hidden.{' '}
      <button type="button" onClick={() => reportedBySet(null)}>
        Show every document
      </button>
    </p>
  );
}
