import { tooltipStyle } from './tooltip-position.ts';
import type { FuzzyDate } from '../../data/schema.ts';
import type { DatasetIndex } from '../../data/selectors.ts';
import { BASIS_LABEL, STATUS_LABEL } from '../../lib/format.ts';
import type { StepPoint, StepSeries } from '../../domain/step-series.ts';
import { directionLabel, mergedText, pointDateText } from './describe.ts';
import type { NameOf } from '../../data/selectors.ts';
import { rateText } from '../../domain/readings.ts';

export interface ActivePoint {
  series: StepSeries;
  point: StepPoint;
  date: FuzzyDate | undefined;
  x: number;
  y: number;
  /** False for a user's own step: nothing to open. */
  hasSource?: boolean;
}

/** Value, basis, status, date with its precision and the source, for the point under the pointer or focus. */
export function StepTooltip({
  active,
  width,
  name,
  index,
}: {
  active: ActivePoint;
  width: number;
  name: NameOf;
  index: DatasetIndex;
}) {
  const { series: s, point: p, date } = active;
  const rec = p.recordId ? index.records.get(p.recordId) : undefined;
  const sourceId = rec?.record.evidence[0]?.sourceId;
  const source = sourceId ? index.sources.get(sourceId) : undefined;
  const isScenario = s.kind === 'scenario';
  return (
    <div
      className={`chart-tooltip ${isScenario ? 'tooltip-scenario' : ''}`}
      role="tooltip"
      style={tooltipStyle(active.x, active.y, width)}
    >
      <strong className="tooltip-value">{rateText(p.rate, p.rates)}</strong> {directionLabel(s, name)}
      {isScenario && <span className="block">Scenario — from {p.scenario?.label ?? 'a scenario'}</span>}
      <span className="block">
        {BASIS_LABEL[s.basis]} · {isScenario ? 'what-if, not documented' : STATUS_LABEL[p.status]}
      </span>
      <span className="block">
        Date: {pointDateText(p, date)}
        {date && date.precision !== 'day' ? ` (precision: ${date.precision.replace(/-/g, ' ')})` : ''}
      </span>
      {p.rates && (
        <span className="block">
          No reading picked: the document can be read either way (Readings, in the header)
        </span>
      )}
      {p.ambiguous && <span className="block">? Ambiguous in the document</span>}
      {p.merged && <span className="block">This mark is {mergedText(p)}</span>}
      {source && (
        <span className="block">
          {isScenario ? 'Preset evidence from' : 'Source'}: <cite>{source.title}</cite>
        </span>
      )}
      <span className="block muted">
        {active.hasSource === false ? 'Your own step: no source to open' : 'Enter or click: open the source'}
      </span>
    </div>
  );
}
