import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { today } from '../../lib/dates.ts';
import {
  AS_OF_STATE_SHORT,
  BASIS_LABEL,
  formatDayCount,
  formatFuzzyDate,
  formatIsoDate,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { useViewState } from '../../state/view-store.ts';
import { AmbiguityFlag, RecordLink } from '../../components/record-link.tsx';
import { SourceStrength } from '../../components/source-strength.tsx';
import {
  readingsText,
  whereThingsStand,
  type Certainty,
  type DirectionStanding,
  type RateFigure,
  type TradeFigure,
} from './where-things-stand.ts';
import './where-things-stand.css';

function RecordOf({ id }: { id: string }) {
  const index = useDatasetIndex();
  const r = index.records.get(id);
  return r ? <SourceStrength record={r.record} compact /> : null;
}

/** The figure's "?" (ambiguous) or "⇄" (documents conflict) flag, from the same certainty it was computed with. */
function Flag({ f }: { f: { certainty: Certainty[] } }) {
  if (f.certainty.includes('conflict')) return <AmbiguityFlag kind="conflict" />;
  if (f.certainty.includes('ambiguous')) return <AmbiguityFlag kind="ambiguous" />;
  return null;
}

/** "Headline rate · by summer 2025 (inferred)" (the "?" flag beside the figure says it is ambiguous). */
function rateMeta(f: RateFigure): string {
  return [BASIS_LABEL[f.basis], formatFuzzyDate(f.date)].join(' · ');
}

/** "in force when last documented, 31 Oct 2025", or the state in a few words. */
function stateText(f: RateFigure): string {
  const short = AS_OF_STATE_SHORT[f.state];
  return f.state === 'last-documented-in-force' && f.lastDocumentedLabel
    ? `${short}, ${f.lastDocumentedLabel}`
    : short;
}

/**
 * The figure's state when it is not simply in force. On a phone "in force when last documented, c. 31 Oct
 * 2025" is shortened to "last documented c. 31 Oct 2025" (the same words, minus the ones the tile implies),
 * so the headline keeps the chart in the first screen.
 */
function StateLine({ f }: { f: RateFigure }) {
  if (f.state === 'last-documented-in-force' && f.lastDocumentedLabel) {
    return (
      <p className="tile-state evidence-state">
        <span className="phone-hidden">in force when </span>last documented
        <span className="phone-hidden">,</span> {f.lastDocumentedLabel}
      </p>
    );
  }
  return <p className="tile-state">{stateText(f)}</p>;
}

/** What the documents leave open about the figure: "Open: Summer 2025: which side has 10%, which 30%". */
function OpenQuestions({ f }: { f: RateFigure }) {
  if (f.readings.length < 2 || f.openQuestions.length === 0) return null;
  return <p className="tile-open">Open: {f.openQuestions.join('; ')}. Pick a reading under Readings.</p>;
}

const PHONE = '(max-width: 720px)';
function subscribePhone(cb: () => void) {
  const mq = window.matchMedia(PHONE);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}
/** On a phone the headline's lists show their first items and fold the rest, so the chart stays in sight. */
function usePhone(): boolean {
  return useSyncExternalStore(
    subscribePhone,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

/** Another rate in force on the same direction (a different basis), opening its quote. */
function OtherRate({ direction, f }: { direction: string; f: RateFigure }) {
  return (
    <RecordLink
      recordId={f.recordId}
      label={`${direction}, ${BASIS_LABEL[f.basis].toLowerCase()}: ${readingsText(f.readings)}. Open its quote`}
    >
      {readingsText(f.readings)}
    </RecordLink>
  );
}

function DirectionTile({ d }: { d: DirectionStanding }) {
  const phone = usePhone();
  const [lead, ...others] = d.current;
  // What the figure rests on: basis and date, its state, the source's strength. Beside the figure on a wide
  // screen; on a phone behind the tile's disclosure, so the figures read as one compact grid above the chart.
  const basis = lead && (
    <>
      {lead.state !== 'in-force' && <StateLine f={lead} />}
      <p className="tile-meta">{rateMeta(lead)}</p>
      <RecordOf id={lead.recordId} />
    </>
  );
  // The longer explanations fold away at every width.
  const explained =
    lead && ((lead.readings.length > 1 && lead.openQuestions.length > 0) || others.length > 0);
  return (
    <section
      className="standing-tile direction-tile"
      aria-labelledby={`standing-${d.imposerId}-${d.targetId}`}
    >
      <h2 id={`standing-${d.imposerId}-${d.targetId}`} className="tile-label">
        {d.imposer} <span className="phone-hidden">on goods from</span>
        <span className="tile-label-short" aria-hidden="true">
          on
        </span>{' '}
        {d.target}
      </h2>
      {lead ? (
        <p className="tile-value">
          <RecordLink
            recordId={lead.recordId}
            className={lead.readings.length > 1 ? 'tile-figure tile-figure-open' : 'tile-figure'}
            label={`${d.label}: ${readingsText(lead.readings)}. Open its quote`}
          >
            {readingsText(lead.readings)}
          </RecordLink>
          <Flag f={lead} />
        </p>
      ) : (
        <p className="tile-meta">No rate documented in force on this date.</p>
      )}
      {d.peak && (
        <p className="tile-peak">
          Peak{' '}
          <RecordLink
            recordId={d.peak.recordId}
            label={`${d.label}, peak: ${readingsText(d.peak.readings)}. Open its quote`}
          >
            {readingsText(d.peak.readings)}
          </RecordLink>{' '}
          <span className="muted phone-hidden">{formatFuzzyDate(d.peak.date)}</span>
        </p>
      )}
      {!phone && basis}
      {lead &&
        !phone &&
        others.map((o) => (
          <p key={o.recordId} className="tile-also">
            Also <OtherRate direction={d.label} f={o} />{' '}
            <span className="muted">{BASIS_LABEL[o.basis].toLowerCase()}</span>
          </p>
        ))}
      {lead && (phone || explained) && (
        <details className="tile-details">
          <summary>{phone ? 'Basis and source' : 'What is open'}</summary>
          {phone && basis}
          <OpenQuestions f={lead} />
          {others.map((o) => (
            <p key={o.recordId} className="tile-also">
              {phone && 'Also '}
              {phone ? <OtherRate direction={d.label} f={o} /> : readingsText(o.readings)}{' '}
              {BASIS_LABEL[o.basis].toLowerCase()}, {formatFuzzyDate(o.date)}
              {o.state !== 'in-force' ? `, ${stateText(o)}` : ''}:{' '}
              {o.openQuestions.length > 0
                ? `open whether it is the same rate (${o.openQuestions.join('; ')})`
                : 'a different measure, not comparable'}
              .
            </p>
          ))}
        </details>
      )}
    </section>
  );
}

/**
 * A list under its heading. On a phone it shows its first item and, on the heading's line, a button for
 * the rest, so the headline stays within the first screen with the chart starting below it.
 */
function Folding<T>({
  heading,
  items,
  render,
  label,
  phoneShown = 1,
}: {
  heading: ReactNode;
  items: readonly T[];
  render: (item: T) => ReactNode;
  label: string;
  /** How many items a phone shows before "Show all". */
  phoneShown?: number;
}) {
  const phone = usePhone();
  const [all, setAll] = useState(false);
  const shown = phone && !all ? items.slice(0, phoneShown) : items;
  return (
    <>
      <div className="tile-head">
        {heading}
        {shown.length < items.length && (
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {/* On a phone the words after the count are read, not shown, so the button fits the heading's line. */}
            Show all {items.length}
            <span className="phone-hidden"> {label}</span>
          </button>
        )}
      </div>
      {shown.length > 0 && <ul className="standing-list">{shown.map(render)}</ul>}
    </>
  );
}

function TradeList({ items, label }: { items: TradeFigure[]; label: string }) {
  if (items.length === 0) return null;
  // Said once when every item stands the same way (e.g. all last documented over a year before).
  const states = new Set(items.map((m) => m.state));
  const common = states.size === 1 ? items[0]?.state : undefined;
  return (
    <>
      <Folding
        heading={
          <h3 className="tile-sub">
            {label} <span className="tile-count">{items.length}</span>
            {common && common !== 'in-force' && (
              <span className="tile-sub-state phone-hidden"> {AS_OF_STATE_SHORT[common]}</span>
            )}
          </h3>
        }
        items={items}
        label={label.toLowerCase()}
        phoneShown={0}
        render={(m) => (
          <li key={m.recordId}>
            <RecordLink recordId={m.recordId} label={`${m.title}: open its quote`}>
              {m.title}
            </RecordLink>
            {!common && m.state !== 'in-force' && (
              <span className={m.state === 'last-documented-in-force' ? 'muted evidence-state' : 'muted'}>
                {' '}
                · {AS_OF_STATE_SHORT[m.state]}
              </span>
            )}
          </li>
        )}
      />
    </>
  );
}

/**
 * The landing view's headline: where things stand on the as-of date (today by default), every figure one
 * action from its quote, and how old the newest evidence is, so old data is never read as today's.
 */
export function WhereThingsStandPanel() {
  const data = useDataset();
  const index = useDatasetIndex();
  const asOf = useViewState('asOf');
  const date = asOf ?? today();
  const w = useMemo(() => whereThingsStand(data, index, date), [data, index, date]);
  const last = w.lastDocumented;
  const staleDays = last && last.daysBefore > 60 ? last.daysBefore : 0;

  return (
    <section
      className={staleDays ? 'standing standing-is-stale' : 'standing'}
      aria-labelledby="standing-title"
    >
      <div className="standing-head">
        <h1 id="standing-title">
          Where things stand{' '}
          <span className="standing-date">
            on {formatIsoDate(date)}
            {asOf ? '' : ' (today)'}
          </span>
        </h1>
        {last && (
          <p className={`standing-last${staleDays ? ' standing-stale' : ''}`}>
            Last documented {formatFuzzyDate(last.source.published, { markInferred: false })}
            {staleDays ? (
              <>
                , {formatDayCount(staleDays)} earlier
                <span className="phone-hidden"> than this date: nothing later is known here, and</span>
                <span className="tile-label-short">:</span> every figure is as last documented.
              </>
            ) : (
              '.'
            )}
          </p>
        )}
      </div>
      <div className="standing-grid">
        {w.directions.slice(0, 2).map((d) => (
          <DirectionTile key={`${d.imposerId}-${d.targetId}`} d={d} />
        ))}
        <section className="standing-tile" aria-labelledby="standing-pending">
          {w.pending.length === 0 ? (
            <>
              <h2 id="standing-pending" className="tile-label">
                Threatened or proposed
              </h2>
              <p className="tile-meta">Nothing documented as threatened or proposed by this date.</p>
            </>
          ) : (
            <Folding
              heading={
                <h2 id="standing-pending" className="tile-label">
                  Threatened or proposed
                </h2>
              }
              items={w.pending}
              label="threats and proposals"
              render={(p) => (
                <li key={p.recordId}>
                  <RecordLink
                    recordId={p.recordId}
                    label={`${p.readings ? `${readingsText(p.readings)} ` : ''}${p.title}, ${STATUS_LABEL[p.status].toLowerCase()}: open its quote`}
                  >
                    {p.readings ? <strong>{readingsText(p.readings)}</strong> : null}
                    {p.readings ? ` ${p.title}` : p.title}
                  </RecordLink>{' '}
                  <span className="muted">
                    · {STATUS_LABEL[p.status].toLowerCase()}
                    {p.basis && p.basis !== 'headline'
                      ? `, ${BASIS_LABEL[p.basis].toLowerCase()}`
                      : ''} ·{' '}
                    {p.datePassed ? (
                      <>
                        for {formatFuzzyDate(p.date)}
                        <span className="phone-hidden">; no document says it took effect</span>
                      </>
                    ) : (
                      formatFuzzyDate(p.date)
                    )}
                  </span>
                </li>
              )}
            />
          )}
        </section>
        <section className="standing-tile" aria-labelledby="standing-measures">
          <h2 id="standing-measures" className="tile-label">
            Export controls and sanctions in force
          </h2>
          {w.exportControls.length + w.sanctions.length === 0 ? (
            <p className="tile-meta">None documented in force on this date.</p>
          ) : (
            <>
              <TradeList items={w.exportControls} label="Export controls" />
              <TradeList items={w.sanctions} label="Sanctions" />
            </>
          )}
        </section>
      </div>
      {w.latestEvent && (
        <p className="standing-foot">
          Latest <span className="phone-hidden">diplomatic </span>event:{' '}
          <RecordLink recordId={w.latestEvent.recordId} label={`${w.latestEvent.title}: open its quote`}>
            {w.latestEvent.title}
          </RecordLink>{' '}
          <span className="muted phone-hidden">· {formatFuzzyDate(w.latestEvent.date)}</span>
        </p>
      )}
    </section>
  );
}
