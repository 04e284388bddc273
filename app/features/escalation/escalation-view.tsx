import { useMemo } from 'react';
import { useDataset, useDatasetIndex, useReadings, useStoredDataset } from '../../data/use-dataset.ts';
import { actorName } from '../../data/selectors.ts';
import { defaultTimeDomain, documentedSeries } from '../../domain/step-series.ts';
import { computedWithText, openRates } from '../../domain/readings.ts';
import { buildLaneItems } from '../../charts/events-lane/build-lane.ts';
import { buildTurningPoints } from '../../charts/turning-points/build-turning-points.ts';
import { TariffStepChart } from '../../charts/tariff-steps/tariff-step-chart.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { useSlideFrame } from '../../components/slide-context.ts';
import { TableDisclosure } from '../../components/data-table.tsx';
import { SourceButton } from '../../components/record-link.tsx';
import { isoToTime, today } from '../../lib/dates.ts';
import { useViewActions, useViewState } from '../../state/view-store.ts';
import { escalationSummary, escalationTable, laneTable } from './escalation-text.ts';
import './escalation.css';

/** How the tariff war escalated and de-escalated: both directions, by basis and status, with the events that drove it. */
export function EscalationView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const asOfIso = useViewState('asOf');
  const { recordOpened } = useViewActions();
  const domain = useMemo(() => defaultTimeDomain(data.tariffMeasures), [data]);
  // A slide's build step draws the story up to its date on the full time axis (later rates and events come
  // with later steps); elsewhere the whole record is drawn.
  const revealUntil = useSlideFrame()?.revealUntil ?? null;
  const series = useMemo(() => {
    if (!revealUntil) return documentedSeries(data, domain[1]);
    const until = isoToTime(revealUntil);
    return documentedSeries(
      data,
      Math.min(domain[1], until),
      data.tariffMeasures.filter((m) => m.date.start <= revealUntil),
    );
  }, [data, domain, revealUntil]);
  const lane = useMemo(() => {
    const all = buildLaneItems(data, domain);
    if (!revealUntil) return all;
    const until = isoToTime(revealUntil);
    return { ...all, items: all.items.filter((i) => i.start <= until) };
  }, [data, domain, revealUntil]);
  const turningPoints = useMemo(() => {
    const all = buildTurningPoints(data, domain);
    return revealUntil ? all.filter((i) => i.t <= isoToTime(revealUntil)) : all;
  }, [data, domain, revealUntil]);
  const name = useMemo(() => (id: string) => actorName(index, id), [index]);
  const table = useMemo(() => escalationTable(data, series, index), [data, series, index]);
  const events = useMemo(() => laneTable(lane.items), [lane.items]);
  const stored = useStoredDataset();
  const readings = useReadings();
  // The summary says what was in force on the As of date (today when none is set), or on a slide's build step.
  const summaryDate = revealUntil ?? asOfIso ?? today();
  // The summary says which readings the chart uses, or that it shows every reading's value.
  const summary = useMemo(() => {
    const line = escalationSummary(
      data.tariffMeasures,
      name,
      { date: summaryDate, sources: data.sources },
      openRates(data),
    );
    const used = computedWithText(
      stored,
      readings,
      stored.tariffMeasures.map((m) => m.id),
    );
    return used ? `${line} ${used}` : line;
  }, [data, name, stored, readings, summaryDate]);
  const renderSource = (id: string) => <SourceButton recordId={id} />;
  const asOf = asOfIso ? isoToTime(asOfIso) : null;
  const sourceIds = [...new Set(data.tariffMeasures.flatMap((m) => m.evidence.map((e) => e.sourceId)))];

  return (
    <div className="view escalation-view">
      <header className="view-header">
        <h1>Escalation</h1>
        <p className="lede">
          How US and Chinese tariff rates rose and fell, with the export controls, sanctions and meetings
          around them on the same time axis. Select any point or marker (or focus it and press Enter) to read
          the quote it comes from.
        </p>
      </header>
      <ChartFrame
        title="Tariff rates, US on China and China on US"
        summary={summary}
        table={table}
        sourceIds={sourceIds}
      >
        <TariffStepChart
          series={series}
          domain={domain}
          lane={lane.items}
          turningPoints={turningPoints}
          asOf={asOf}
          onOpen={recordOpened}
        />
        <p className="muted lane-outside">
          The events lane shows {lane.items.length} export controls, sanctions and diplomatic events in this
          period; {lane.outside} other records fall outside it (see the Timeline view).
        </p>
      </ChartFrame>
      {/* The rates' own table (with a source per row) is the chart frame's data table; only the lane's
          events need one here. */}
      <section className="panel" aria-labelledby="esc-sources">
        <h2 id="esc-sources">Every event on the lane, with its source</h2>
        <TableDisclosure
          summary={`Events on the lane (${events.rows.length})`}
          caption="Events on the lane"
          data={events}
          renderSource={renderSource}
        />
      </section>
    </div>
  );
}
