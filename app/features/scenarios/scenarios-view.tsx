import { createContext, memo, useCallback, useContext, useDeferredValue, useMemo, useState } from 'react';
import { useDataset, useDatasetIndex, useReadings, useStoredDataset } from '../../data/use-dataset.ts';
import { computedWithText } from '../../domain/readings.ts';
import { actorName } from '../../data/selectors.ts';
import { directionBasisKey, directionKey, parseDirectionKey } from '../../lib/direction.ts';
import { TariffStepChart, type TariffStepChartProps } from '../../charts/tariff-steps/tariff-step-chart.tsx';
import type { StepSeries } from '../../domain/step-series.ts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import type { TableData } from '../../components/data-table.tsx';
import { BASIS_LABEL, formatIsoDate, formatPercent } from '../../lib/format.ts';
import { compareScenarios, runScenarios, SCENARIO_B, type ComparisonRow } from '../../scenarios/engine.ts';
import type { ScenarioPreset } from '../../data/schema.ts';
import {
  bottomLineScenarios,
  computeDuty,
  dutyBottomLine,
  dutyPaths,
  type DutyBottomLine,
} from '../../scenarios/duty.ts';
import { today } from '../../lib/dates.ts';
import { scenarioChanges, scenarioSideLabel, scenarioSummary } from '../../scenarios/summary.ts';
import {
  clearStepsBeforeLink,
  readStepsBeforeLink,
  useScenarioActions,
  useScenarioState,
} from '../../scenarios/store.ts';
import { fitForChart } from '../../scenarios/chart-fit.ts';
import { useViewActions, useViewState } from '../../state/view-store.ts';
import { PresetToggles } from './preset-toggles.tsx';
import { CustomStepEditor } from './custom-step-editor.tsx';
import { ChangeList, ComparisonTable } from './scenario-panels.tsx';
import { DutyCalculator } from './duty-calculator.tsx';
import './scenarios.css';

const DEFAULT_DUTY_VALUE = 10_000;

/** The step chart, skipped when its inputs did not change (a toggle re-renders only the charts it changes). */
const StepChart = memo(function StepChart(props: Omit<TariffStepChartProps, 'onOpen'>) {
  const { recordOpened } = useViewActions();
  return <TariffStepChart {...props} onOpen={recordOpened} />;
});
/** The chart frame, skipped on a toggle: its summary, table and sources follow in the deferred render. */
const Frame = memo(ChartFrame);

const NO_SIDES: [StepSeries[], StepSeries[]] = [[], []];

interface ScenarioChartInput {
  series: StepSeries[];
  domain: [number, number];
  describe: (s: StepSeries) => string;
}

/**
 * The scenario chart's input, handed to the chart through a context so a toggle re-renders the chart (and the
 * switch) at once without re-rendering the frame around it, whose text and table follow in a deferred render.
 */
const ScenarioChartContext = createContext<ScenarioChartInput | null>(null);

function ScenarioChart() {
  const input = useContext(ScenarioChartContext);
  if (!input) return null;
  return (
    <div data-testid="scenario-chart">
      <StepChart series={input.series} domain={input.domain} describe={input.describe} height={340} />
    </div>
  );
}

/** What-ifs: preset toggles and custom steps → scenario paths beside the documented ones, compared and costed. */
export function ScenariosView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const active = useScenarioState('active');
  const customSteps = useScenarioState('customSteps');
  const comparison = useScenarioState('comparison');
  const dutyValue = useScenarioState('dutyValue') ?? DEFAULT_DUTY_VALUE;
  const dutyDateState = useScenarioState('dutyDate');
  const dutyDirectionState = useScenarioState('dutyDirection');
  const actions = useScenarioActions();
  const [beforeLink, setBeforeLink] = useState(() => readStepsBeforeLink());

  const restoreBeforeLink = useCallback(() => {
    actions.stepsBeforeLinkRestored(beforeLink);
    clearStepsBeforeLink();
    setBeforeLink([]);
  }, [actions, beforeLink]);
  const name = useMemo(() => (id: string) => actorName(index, id), [index]);
  const out = useMemo(
    () => runScenarios({ dataset: data, active, customSteps, comparison }),
    [data, active, customSteps, comparison],
  );
  // The switch and the chart update at once; the panels below (changes, duty, comparison table) follow in a
  // deferred render, so a toggle paints the new path without waiting for them (toggle-latency budget).
  const later = useDeferredValue(out);
  const laterActive = useDeferredValue(active);
  const changes = useMemo(() => scenarioChanges(later, later.a), [later]);
  const summary = useMemo(() => scenarioSummary(later, name), [later, name]);
  const titleOf = useMemo(() => (id: string) => data.scenarios.find((p) => p.id === id)?.title ?? id, [data]);
  const labelA = scenarioSideLabel(
    data.scenarios.filter((p) => laterActive.includes(p.id)).map((p) => p.id),
    customSteps.length,
    titleOf,
  );
  const labelB = comparison ? scenarioSideLabel(comparison, 0, titleOf) : '';

  // Documented paths that a scenario touches, plus every scenario path: what the chart draws.
  // Never more points than pixels: the engine's dense paths are fitted (at most two points per pixel) to a
  // seventh of the window, about 400 points at 1440 px, one per two pixels of the plot (the results column is
  // at most ~60% of the window); the chart then fits what it draws to its own width.
  const [fitWidth] = useState(() =>
    Math.max(
      60,
      Math.min(200, Math.floor((typeof window === 'undefined' ? 1440 : window.innerWidth) * 0.14)),
    ),
  );
  const chartSeries = useMemo<StepSeries[]>(
    () => fitForChart([...out.baseline, ...out.a.series], fitWidth),
    [out, fitWidth],
  );
  // Side by side: each scenario on its own chart beside the documented paths it touches (A and B share one style).
  const [compareA, compareB] = useMemo<[StepSeries[], StepSeries[]]>(() => {
    if (!out.b) return NO_SIDES;
    const touched = new Set([...out.a.series, ...out.b.series].map(directionBasisKey));
    const documented = out.baseline.filter((s) => s.kind === 'actual' && touched.has(directionBasisKey(s)));
    return [
      fitForChart([...documented, ...out.a.series], fitWidth),
      fitForChart([...documented, ...out.b.series], fitWidth),
    ];
  }, [out, fitWidth]);
  const describe = useMemo(
    () => (s: StepSeries) =>
      `Scenario ${s.scenarioId === SCENARIO_B ? 'B' : 'A'} — ${name(s.imposerId)} on ${name(s.targetId)}, ${BASIS_LABEL[s.basis].toLowerCase()}`,
    [name],
  );
  const rows = useMemo(() => compareScenarios(later), [later]);

  const table = useMemo<TableData>(
    () => ({
      columns: ['Date', 'Direction', 'Basis', 'Documented rate', 'Scenario A rate', 'Produced by', 'Applied'],
      rows: changes.map((c) => [
        c.step.step.date,
        `${name(c.step.step.imposerId)} on ${name(c.step.step.targetId)}`,
        BASIS_LABEL[c.step.step.basis],
        c.documented ? formatPercent(c.documented.rate) : 'none',
        `Scenario: ${formatPercent(c.step.step.rate)}`,
        c.step.sourceLabel,
        c.applied ? 'yes' : `no (overridden by ${c.overriddenBy?.sourceLabel ?? 'a later step'})`,
      ]),
      recordIds: changes.map((c) => c.step.recordId),
    }),
    [changes, name],
  );
  const documentedSources = useMemo(() => {
    const ids = new Set<string>();
    for (const m of data.tariffMeasures) for (const e of m.evidence) ids.add(e.sourceId);
    return ids;
  }, [data]);
  const sourceIds = useMemo(
    () => [
      ...new Set([
        ...documentedSources,
        ...data.scenarios
          .filter((p) => laterActive.includes(p.id))
          .flatMap((p) => p.evidence.map((e) => e.sourceId)),
      ]),
    ],
    [data, documentedSources, laterActive],
  );
  const chartInput = useMemo<ScenarioChartInput>(
    () => ({ series: chartSeries, domain: out.domain, describe }),
    [chartSeries, out.domain, describe],
  );
  // Stable between a toggle and its deferred render, so the memoised frame skips the toggle itself.
  const frameBody = useMemo(
    () => (
      <>
        <ScenarioChart />
        <p className="muted">
          Scenario A: {labelA}. Each scenario point names the toggle or step that produced it; select it to
          read the preset&apos;s evidence.
        </p>
        <ChangeList changes={changes} name={name} />
      </>
    ),
    [labelA, changes, name],
  );

  const directions = useMemo(() => {
    const set = new Set<string>();
    for (const s of [...later.baseline, ...later.a.series])
      if (s.kind === 'actual' || s.kind === 'scenario') set.add(directionKey(s));
    return [...set].sort((x, y) => (x === 'us>china' ? -1 : y === 'us>china' ? 1 : x.localeCompare(y)));
  }, [later]);
  const dutyDirection =
    dutyDirectionState && directions.includes(dutyDirectionState)
      ? dutyDirectionState
      : (directions[0] ?? 'us>china');
  // The date of entry defaults to the As of date (today when none is set), like every view.
  const asOf = useViewState('asOf');
  const dutyDate = dutyDateState ?? asOf ?? today();
  const dutyLines = useMemo(() => {
    const { imposerId, targetId } = parseDirectionKey(dutyDirection) ?? { imposerId: '', targetId: '' };
    return computeDuty({
      value: dutyValue,
      date: dutyDate,
      imposerId,
      targetId,
      baseline: later.baseline,
      paths: dutyPaths(data, later, laterActive),
    });
  }, [data, later, laterActive, dutyValue, dutyDate, dutyDirection]);

  const stored = useStoredDataset();
  const readings = useReadings();
  // The bottom line's documented results, per open reading that decides them; independent of the toggles.
  const documentedBottom = useMemo(() => {
    const { imposerId, targetId } = parseDirectionKey(dutyDirection) ?? { imposerId: '', targetId: '' };
    return dutyBottomLine({
      stored,
      choice: readings,
      value: dutyValue,
      date: dutyDate,
      imposerId,
      targetId,
    });
  }, [stored, readings, dutyValue, dutyDate, dutyDirection]);
  const bottomLine = useMemo<DutyBottomLine>(
    () => ({ ...documentedBottom, scenarios: bottomLineScenarios(dutyLines) }),
    [documentedBottom, dutyLines],
  );
  const readingsNote = useMemo(
    () =>
      computedWithText(
        stored,
        readings,
        stored.tariffMeasures.map((m) => m.id),
      ),
    [stored, readings],
  );

  return (
    <div className="view scenarios-view">
      <header className="view-header">
        <h1>Scenarios</h1>
        <p className="lede">
          Ask “what if”: switch on presets from the dataset or add your own steps, and see the scenario path
          beside the documented rates, compare two scenarios and cost a shipment. Everything marked{' '}
          <span className="badge badge-scenario">Scenario</span> is a what-if, never a documented fact.
        </p>
      </header>
      <div className="scn-layout">
        <div className="scn-controls">
          <PresetToggles
            presets={data.scenarios}
            active={active}
            index={index}
            onToggle={actions.scenarioToggled}
          />
          <CustomStepEditor
            steps={customSteps}
            actors={data.actors}
            index={index}
            onAdd={actions.customStepAdded}
            onEdit={actions.customStepEdited}
            onRemove={actions.customStepRemoved}
            stepsBeforeLink={beforeLink.length}
            onRestoreBeforeLink={restoreBeforeLink}
          />
        </div>
        <div className="scn-results">
          <ScenarioChartContext value={chartInput}>
            <Frame
              title="Escalation: documented rates and Scenario A"
              summary={summary}
              table={table}
              sourceIds={sourceIds}
              className="scn-chart"
            >
              {frameBody}
            </Frame>
          </ScenarioChartContext>
          <DutyCalculator
            value={dutyValue}
            date={dutyDate}
            dateIsAsOf={dutyDateState === null}
            direction={dutyDirection}
            directions={directions}
            lines={dutyLines}
            bottomLine={bottomLine}
            name={name}
            readingsNote={readingsNote}
            onChange={actions.dutyInputsChanged}
          />
          <ComparisonSection
            presets={data.scenarios}
            comparison={comparison}
            onChoose={actions.comparisonChosen}
            labelA={labelA}
            labelB={labelB}
            hasB={out.b !== null}
            compareA={compareA}
            compareB={compareB}
            domain={out.domain}
            describe={describe}
            rows={rows}
            name={name}
          />
        </div>
      </div>
    </div>
  );
}

/** Scenario B and the side-by-side charts; memoised, so a Scenario A toggle re-renders it only when B is shown. */
const ComparisonSection = memo(function ComparisonSection({
  presets,
  comparison,
  onChoose,
  labelA,
  labelB,
  hasB,
  compareA,
  compareB,
  domain,
  describe,
  rows,
  name,
}: {
  presets: readonly ScenarioPreset[];
  comparison: readonly string[] | null;
  onChoose: (presetIds: string[] | null) => void;
  labelA: string;
  labelB: string;
  hasB: boolean;
  compareA: StepSeries[];
  compareB: StepSeries[];
  domain: [number, number];
  describe: (s: StepSeries) => string;
  rows: ComparisonRow[];
  name: (id: string) => string;
}) {
  return (
    <section className="panel" aria-labelledby="scn-compare-h">
      <h2 id="scn-compare-h">Compare two scenarios side by side</h2>
      <p className="muted">
        Scenario A is what is switched on above ({labelA}). Choose the presets that make up Scenario B; to
        compare preset with preset, switch one on above and choose the other here.
      </p>
      <fieldset className="scn-compare-choice">
        <legend>Scenario B presets</legend>
        {presets.map((p) => {
          const on = comparison?.includes(p.id) ?? false;
          return (
            <label key={p.id} className="scn-check">
              <input
                type="checkbox"
                checked={on}
                onChange={() => {
                  const next = on
                    ? (comparison ?? []).filter((x) => x !== p.id)
                    : [...(comparison ?? []), p.id];
                  onChoose(next.length ? next : null);
                }}
              />{' '}
              {p.title}
            </label>
          );
        })}
        {comparison && (
          <button type="button" onClick={() => onChoose(null)}>
            Clear Scenario B
          </button>
        )}
      </fieldset>
      {hasB ? (
        <>
          <div className="scn-sides">
            <div className="scn-side">
              <h3>Scenario A</h3>
              <p>{labelA}</p>
            </div>
            <div className="scn-side">
              <h3>Scenario B</h3>
              <p>{labelB}</p>
            </div>
          </div>
          <p className="chart-summary">
            {rows.length === 0
              ? 'Neither scenario changes any rate.'
              : `${rows.filter((r) => r.a?.rate !== r.b?.rate).length} of ${rows.length} dates that matter differ between A and B; the first is ${formatIsoDate(rows[0]!.date)}.`}
          </p>
          <div className="scn-sides">
            <figure className="scn-side-chart" aria-label="Scenario A beside the documented rates">
              <figcaption>Scenario A</figcaption>
              <StepChart series={compareA} domain={domain} describe={describe} height={260} />
            </figure>
            <figure className="scn-side-chart" aria-label="Scenario B beside the documented rates">
              <figcaption>Scenario B</figcaption>
              <StepChart series={compareB} domain={domain} describe={describe} height={260} />
            </figure>
          </div>
          <ComparisonTable rows={rows} name={name} />
        </>
      ) : (
        <p>Choose at least one preset for Scenario B to compare.</p>
      )}
    </section>
  );
});
