import { memo } from 'react';
import type { NameOf } from '../../data/selectors.ts';
import type { StepPoint } from '../../domain/step-series.ts';
import { AmbiguityFlag, RecordLink } from '../../components/record-link.tsx';
import { BASIS_LABEL, formatIsoDate, formatPercent } from '../../lib/format.ts';
import type { ComparisonRow } from '../../scenarios/engine.ts';
import type { ScenarioChange } from '../../scenarios/summary.ts';
import { compareWord } from '../../scenarios/summary.ts';
import { rateText } from '../../domain/readings.ts';

/** A documented rate: its value opens its record; an ambiguity flag when the record has one. */
export function DocumentedRate({ point, context }: { point: StepPoint | undefined; context: string }) {
  if (!point) return <span className="muted">no documented rate</span>;
  const text = rateText(point.rate, point.rates);
  return (
    <>
      {point.recordId ? (
        <RecordLink recordId={point.recordId} label={`${text}, documented, ${context}: open source`}>
          {text}
        </RecordLink>
      ) : (
        text
      )}
      {point.ambiguous && <AmbiguityFlag kind="ambiguous" />}
    </>
  );
}

/** A rate on a scenario path: labelled "Scenario" with the toggle or step that produced it, never bare. */
export function ScenarioRate({ point, context }: { point: StepPoint | undefined; context: string }) {
  if (!point) return <span className="muted">no rate</span>;
  if (!point.scenario) {
    return (
      <>
        <DocumentedRate point={point} context={context} />{' '}
        <span className="muted">(documented, unchanged)</span>
      </>
    );
  }
  const text = formatPercent(point.rate);
  return (
    <span className="scn-rate" title={`Scenario — from ${point.scenario.label}`}>
      <span className="badge badge-scenario">Scenario</span>{' '}
      {point.recordId ? (
        <RecordLink
          recordId={point.recordId}
          label={`${text}, scenario from ${point.scenario.label}, ${context}: open the preset's evidence`}
        >
          {text}
        </RecordLink>
      ) : (
        <strong>{text}</strong>
      )}{' '}
      <span className="scn-from">from {point.scenario.label}</span>
    </span>
  );
}

/** What Scenario A changes, visible (not only in the chart's table), each figure linked. */
export const ChangeList = memo(function ChangeList({
  changes,
  name,
}: {
  changes: ScenarioChange[];
  name: NameOf;
}) {
  if (changes.length === 0) return null;
  return (
    <ul className="scn-changes" aria-label="What Scenario A changes">
      {changes.map((c, i) => {
        const s = c.step.step;
        const context = `${name(s.imposerId)} on ${name(s.targetId)}, ${BASIS_LABEL[s.basis].toLowerCase()}, ${formatIsoDate(s.date)}`;
        const point: StepPoint = {
          t: 0,
          rate: s.rate,
          recordId: c.step.recordId,
          status: 'in-force',
          scenario: { sourceId: c.step.sourceId, label: c.step.sourceLabel },
        };
        return (
          <li key={i} className={c.applied ? '' : 'is-overridden'}>
            <span className="scn-change-date">{formatIsoDate(s.date)}</span> {name(s.imposerId)} on{' '}
            {name(s.targetId)}, {BASIS_LABEL[s.basis].toLowerCase()}:{' '}
            <DocumentedRate point={c.documented} context={context} /> →{' '}
            <ScenarioRate point={point} context={context} />
            {s.basis === 'unspecified' && (
              <span className="scn-warn"> Basis not stated: not comparable with headline rates.</span>
            )}
            {!c.applied && c.overriddenBy && (
              <span className="scn-warn">
                {' '}
                Not applied: overridden on the same date by {c.overriddenBy.sourceLabel}.
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
});

/** The table of differences between Scenario A and B on the dates their steps take effect. */
export const ComparisonTable = memo(function ComparisonTable({
  rows,
  name,
}: {
  rows: ComparisonRow[];
  name: NameOf;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label="Differences between Scenario A and B (table)"
      tabIndex={0}
    >
      <table className="data-table">
        <caption className="visually-hidden">
          Rates under the documents, Scenario A and Scenario B on the dates that matter
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Direction · basis</th>
            <th scope="col">Documented</th>
            <th scope="col">Scenario A</th>
            <th scope="col">Scenario B</th>
            <th scope="col">B against A</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const context = `${name(r.direction.imposerId)} on ${name(r.direction.targetId)}, ${BASIS_LABEL[r.direction.basis].toLowerCase()}, ${formatIsoDate(r.date)}`;
            return (
              <tr key={i}>
                <td>{formatIsoDate(r.date)}</td>
                <td>
                  {name(r.direction.imposerId)} on {name(r.direction.targetId)} ·{' '}
                  {BASIS_LABEL[r.direction.basis]}
                </td>
                <td>
                  <DocumentedRate point={r.baseline} context={context} />
                </td>
                <td>
                  <ScenarioRate point={r.a} context={`Scenario A, ${context}`} />
                </td>
                <td>
                  <ScenarioRate point={r.b} context={`Scenario B, ${context}`} />
                </td>
                <td>{compareWord(r.a?.rate, r.b?.rate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
