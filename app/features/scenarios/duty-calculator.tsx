import { memo, useId, useState } from 'react';
import {
  BASIS_LABEL,
  formatIsoDate,
  formatMoney,
  formatPercent,
  formatSpanWithYear,
} from '../../lib/format.ts';
import {
  bottomLineParts,
  dutyText,
  type BottomLinePart,
  type BottomLineParts,
  type BottomLineRate,
  type DutyBottomLine,
  type DutyLine,
} from '../../scenarios/duty.ts';
import { RecordLink } from '../../components/record-link.tsx';
import { DateField } from '../../components/date-field.tsx';
import { parseDirectionKey } from '../../lib/direction.ts';

const NO_DIRECTION = { imposerId: '', targetId: '' };
import { DocumentedRate, ScenarioRate } from './scenario-panels.tsx';
import type { NameOf } from '../../data/selectors.ts';

/**
 * Shipment value + date → duty and landed cost under the documents and under each active scenario. It leads
 * with the bottom line (what the shipment pays on that date, each open reading's result, Scenario A and B),
 * then the inputs and the breakdown. Every rate says its basis and opens its quote; a rate whose basis the
 * document does not state is flagged.
 */
export const DutyCalculator = memo(function DutyCalculator({
  value,
  date,
  direction,
  directions,
  dateIsAsOf,
  lines,
  bottomLine,
  name,
  readingsNote,
  onChange,
}: {
  value: number;
  date: string;
  direction: string;
  directions: string[];
  /** No date of entry set: the calculator uses the As of date (today when none is set). */
  dateIsAsOf: boolean;
  lines: DutyLine[];
  bottomLine: DutyBottomLine;
  name: NameOf;
  /** Which readings of ambiguous figures the duties use ("Computed with reading B …" or "given for each reading"). */
  readingsNote?: string;
  onChange: (patch: {
    dutyValue?: number | null;
    dutyDate?: string | null;
    dutyDirection?: string | null;
  }) => void;
}) {
  const uid = useId();
  const [rawValue, setRawValue] = useState(String(value));
  const [valueError, setValueError] = useState<string | null>(null);
  const { imposerId: imposer, targetId: target } = parseDirectionKey(direction) ?? NO_DIRECTION;
  const anyUnspecified = lines.some((l) => l.unspecifiedBasis && l.rate !== null);

  return (
    <section className="panel" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Duty calculator</h2>
      <BottomLine
        parts={bottomLineParts(
          bottomLine,
          `A ${formatMoney(value)} shipment of goods from ${name(target)} entering ${name(imposer)} on ${formatIsoDate(date)}`,
        )}
        date={date}
      />
      <form className="scn-duty-form" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor={`${uid}-value`}>Shipment customs value (USD)</label>
          <input
            id={`${uid}-value`}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={rawValue}
            aria-invalid={valueError ? true : undefined}
            aria-describedby={valueError ? `${uid}-value-err` : undefined}
            onChange={(e) => {
              setRawValue(e.target.value);
              const n = Number(e.target.value);
              if (e.target.value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1e15) {
                setValueError('Shipment value: enter an amount in US dollars, 0 or more.');
              } else {
                setValueError(null);
                onChange({ dutyValue: n });
              }
            }}
          />
          {valueError && (
            <span id={`${uid}-value-err`} className="scn-field-error" role="alert">
              {valueError}
            </span>
          )}
        </div>
        <div>
          <label htmlFor={`${uid}-date`}>
            Date of entry{dateIsAsOf && <span className="muted"> (the As of date)</span>}
          </label>
          <DateField
            id={`${uid}-date`}
            name="Date of entry"
            value={date}
            onChange={(d) => onChange({ dutyDate: d })}
            showing={`the figures are for ${formatIsoDate(date)}`}
          />
        </div>
        <div>
          <label htmlFor={`${uid}-dir`}>Goods and tariff</label>
          <select
            id={`${uid}-dir`}
            value={direction}
            onChange={(e) => onChange({ dutyDirection: e.target.value })}
          >
            {directions.map((d) => {
              const { imposerId: i, targetId: t } = parseDirectionKey(d) ?? NO_DIRECTION;
              return (
                <option key={d} value={d}>
                  Goods from {name(t)} entering {name(i)} ({name(i)} tariff)
                </option>
              );
            })}
          </select>
        </div>
      </form>
      {readingsNote && (
        <p className="muted" data-testid="duty-readings">
          {readingsNote}
        </p>
      )}
      <div className="table-scroll" role="region" aria-label="Duty and landed cost (table)" tabIndex={0}>
        <table className="data-table scn-duty-table">
          <caption className="visually-hidden">
            Duty and landed cost under the documents and each scenario
          </caption>
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">Basis</th>
              <th scope="col">Rate and where it comes from</th>
              <th scope="col">Duty</th>
              <th scope="col">Landed cost</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => {
              const context = `${l.pathLabel}, ${BASIS_LABEL[l.basis].toLowerCase()}, ${formatIsoDate(date)}`;
              return (
                <tr key={i} className={l.scenario ? 'scn-row-scenario' : ''}>
                  <th scope="row">
                    {l.scenario && <span className="badge badge-scenario">Scenario</span>}{' '}
                    {l.pathLabel.replace(/^Scenario:? /, '')}
                  </th>
                  <td>
                    {BASIS_LABEL[l.basis]}
                    {/* Said once per basis, on its documented row: repeated on every row it made each row
                        six lines tall on a phone. */}
                    {l.unspecifiedBasis && !l.scenario && (
                      <span className="scn-warn"> — the document does not say what this rate measures</span>
                    )}
                  </td>
                  <td>
                    {l.scenario ? (
                      <ScenarioRate point={l.point} context={context} />
                    ) : (
                      <DocumentedRate point={l.point} context={context} />
                    )}
                    {l.uncertainStart && (
                      <span className="scn-warn">
                        {' '}
                        Dated only to {formatSpanWithYear(l.uncertainStart.start, l.uncertainStart.end)}: on
                        this date it may not apply yet.
                      </span>
                    )}
                  </td>
                  <td>{l.duty === null ? '—' : `${l.scenario ? 'Scenario: ' : ''}${dutyText(l)}`}</td>
                  <td>
                    {l.landed === null ? '—' : `${l.scenario ? 'Scenario: ' : ''}${dutyText(l, 'landed')}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Landed cost here is the customs value plus this tariff only (no freight, insurance or other duties).
        Rates of different basis are alternatives, not additions.
        {anyUnspecified && (
          <strong className="scn-warn">
            {' '}
            A rate with no stated basis is applied to the full customs value as an assumption; the documents
            do not say it works that way.
          </strong>
        )}
      </p>
    </section>
  );
});

/** A documented rate in the bottom line: its figure opens the quote it comes from. */
function BottomLineRateLink({ rate, date }: { rate: BottomLineRate; date: string }) {
  const text = formatPercent(rate.rate);
  if (!rate.recordId) return <>{text}</>;
  return (
    <RecordLink
      recordId={rate.recordId}
      label={`${text}, documented rate on ${formatIsoDate(date)}: open source`}
    >
      {text}
    </RecordLink>
  );
}

function Parts({ parts, date }: { parts: BottomLinePart[]; date: string }) {
  return parts.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : 'money' in p ? (
      <strong key={i}>{p.money}</strong>
    ) : (
      <BottomLineRateLink key={i} rate={p.rate} date={date} />
    ),
  );
}

/**
 * The calculator's first line: what the shipment pays. Several results (readings still open that decide the
 * figure) are listed one per line, each saying the reading it holds under.
 */
function BottomLine({ parts, date }: { parts: BottomLineParts; date: string }) {
  const { head, outcomes, picked, scenarios } = parts;
  if (outcomes.length === 1) {
    return (
      <p className="scn-bottom-line" aria-live="polite" data-testid="duty-summary">
        {head} <Parts parts={outcomes[0]!} date={date} />
        {picked && `, computed with ${picked}`}.
        <Parts parts={scenarios} date={date} />
      </p>
    );
  }
  return (
    <div className="scn-bottom-line" aria-live="polite" data-testid="duty-summary">
      <p>
        {head}, depending on how the documents are read
        {picked && ` (computed with ${picked})`}:
      </p>
      <ul>
        {outcomes.map((o, i) => (
          <li key={i}>
            <Parts parts={o} date={date} />
          </li>
        ))}
      </ul>
      {scenarios.length > 0 && (
        <p>
          <Parts parts={scenarios} date={date} />
        </p>
      )}
    </div>
  );
}
