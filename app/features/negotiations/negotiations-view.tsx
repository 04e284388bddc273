import { useEffect, useMemo, useRef, useState } from 'react';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { actorName } from '../../data/selectors.ts';
import type { TariffMeasure } from '../../data/schema.ts';
import { RecordFlag, RecordLink, SourceButton } from '../../components/record-link.tsx';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { TableDisclosure } from '../../components/data-table.tsx';
import { buildDeltaRows } from '../../charts/delta/build-delta.ts';
import { DeltaChart } from '../../charts/delta/delta-chart.tsx';
import {
  BASIS_LABEL,
  describePrecision,
  formatDays,
  formatFuzzyDate,
  formatIsoDate,
  formatPercent,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { useViewActions, useViewState } from '../../state/view-store.ts';
import {
  filterRounds,
  groupByTrack,
  listRounds,
  partyOptions,
  ROUND_KIND_LABEL,
  ROUND_STATUS_LABEL,
  ROUND_STATUSES,
  roundOnDate,
  selectedRounds,
  trackLabel,
  type Round,
  type RoundOnDate,
} from './rounds.ts';
import { SUMMARY_TOPIC_HEADING, summarizeRounds, summaryByTopic } from './summary.ts';
import { deltaSummary, deltaTable } from './compare-table.ts';
import './negotiations.css';
import { toggleIn } from '../../lib/list.ts';

function RateLinks({ rates, name }: { rates: TariffMeasure[]; name: (id: string) => string }) {
  if (rates.length === 0) return <span className="muted">no rates recorded</span>;
  return (
    <ul className="plain-list">
      {rates.map((m) => (
        <li key={m.id}>
          <RecordLink
            recordId={m.id}
            label={`${formatPercent(m.rate)}, ${m.label}: open source`}
            className="rate-link"
          >
            {formatPercent(m.rate)}
          </RecordLink>{' '}
          {name(m.imposerId)} on {name(m.targetId)} · {BASIS_LABEL[m.basis]} · {STATUS_LABEL[m.status]}
          <RecordFlag record={m} />
        </li>
      ))}
    </ul>
  );
}

/** True while the media query matches (kept current as the window is resized). */
function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(
    () => typeof window !== 'undefined' && window.matchMedia(query).matches,
  );
  useEffect(() => {
    const mq = window.matchMedia(query);
    const on = () => setMatches(mq.matches);
    on();
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return matches;
}

/**
 * Compare rounds of negotiations: every round, meeting, call and cancelled summit, grouped by track and year;
 * tick two or more to compare them. The comparison opens beside the list, or over it as a sheet on a phone;
 * its chart comes first, then what changed and the rounds side by side. With an As of date each round says
 * whether it had happened by then.
 */
export function NegotiationsView() {
  const data = useDataset();
  const index = useDatasetIndex();
  const parties = useViewState('negParties');
  const statuses = useViewState('negStatuses');
  const selectedIds = useViewState('rounds');
  const asOf = useViewState('asOf');
  const { viewFiltersChanged, roundToggled, roundsCleared } = useViewActions();
  const name = useMemo(() => (id: string) => actorName(index, id), [index]);
  const isCountry = useMemo(() => (id: string) => index.actors.get(id)?.kind !== 'person', [index]);
  const narrow = useMediaQuery('(max-width: 899px)');
  // A link that brings a comparison opens it at once, over the list on a phone (beside it on a wide screen).
  const [sheetOpen, setSheetOpen] = useState(() => selectedIds.length >= 2);
  const sheetRef = useRef<HTMLDialogElement>(null);

  const all = useMemo(() => listRounds(data), [data]);
  const shown = useMemo(() => filterRounds(all, parties, statuses), [all, parties, statuses]);
  const tracks = useMemo(() => groupByTrack(shown, data.actors), [shown, data.actors]);
  const partyList = useMemo(() => partyOptions(all, data.actors), [all, data.actors]);
  const selected = useMemo(() => selectedRounds(all, selectedIds), [all, selectedIds]);
  const filterCount = parties.length + statuses.length;
  // With an As of date, each round says whether it had happened by then; later ones are muted.
  const onDate = useMemo(
    () => (asOf ? new Map(shown.map((r) => [r.event.id, roundOnDate(r, asOf)])) : null),
    [shown, asOf],
  );
  const laterCount = onDate ? [...onDate.values()].filter((v) => v === 'later').length : 0;
  const happenedCount = onDate ? [...onDate.values()].filter((v) => v === 'happened').length : 0;
  // Folded unless a link brings filters; read once, then left to the user.
  const [filtersOpenInitially] = useState(() => filterCount > 0);

  useEffect(() => {
    const d = sheetRef.current;
    if (!d) return;
    if (narrow && sheetOpen && !d.open) d.showModal();
    if ((!narrow || !sheetOpen) && d.open) d.close();
  }, [narrow, sheetOpen]);

  const comparison = (
    <Comparison
      selected={selected}
      name={name}
      isCountry={isCountry}
      onClear={() => roundsCleared()}
      onClose={narrow ? () => setSheetOpen(false) : undefined}
    />
  );

  return (
    <div className={`view negotiations-view${selected.length >= 2 ? ' has-comparison' : ''}`}>
      <header className="view-header">
        <h1>Negotiations</h1>
        <p className="lede">
          Rounds, meetings, calls, visits, summits and cancellations, by track and year, newest first. Tick
          two or more to compare them.
        </p>
      </header>

      <div className={`neg-layout${narrow ? '' : ' neg-layout-beside'}`}>
        <section className="panel neg-list" aria-labelledby="neg-list-h">
          <h2 id="neg-list-h">Rounds</h2>
          <p className="muted" role="status">
            Showing {shown.length} of {all.length}. {selected.length} selected for comparison.
            {asOf &&
              ` As of ${formatIsoDate(asOf)}: ${happenedCount} had happened; ${laterCount} came after (muted).`}
          </p>
          <details className="neg-filters" open={filtersOpenInitially}>
            <summary>Filter by party and status{filterCount ? ` (${filterCount} on)` : ''}</summary>
            <fieldset>
              <legend>Parties (rounds with all checked)</legend>
              {partyList.map((a) => (
                <label key={a.id} className="check">
                  <input
                    type="checkbox"
                    checked={parties.includes(a.id)}
                    onChange={() => viewFiltersChanged({ negParties: toggleIn(parties, a.id) })}
                  />{' '}
                  {a.name}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Status (any checked)</legend>
              {ROUND_STATUSES.map((st) => (
                <label key={st} className="check">
                  <input
                    type="checkbox"
                    checked={statuses.includes(st)}
                    onChange={() => viewFiltersChanged({ negStatuses: toggleIn(statuses, st) })}
                  />{' '}
                  {ROUND_STATUS_LABEL[st]}
                </label>
              ))}
            </fieldset>
            {filterCount > 0 && (
              <button type="button" onClick={() => viewFiltersChanged({ negParties: [], negStatuses: [] })}>
                Clear filters
              </button>
            )}
          </details>
          {shown.length === 0 && <p>No round matches these filters.</p>}
          {tracks.map((tr) => (
            <section key={tr.key} className="neg-track" aria-labelledby={`neg-track-${tr.key}`}>
              <h3 id={`neg-track-${tr.key}`}>
                {trackLabel(tr, name)} <span className="muted neg-track-count">({tr.count})</span>
              </h3>
              {tr.years.map((y) => (
                <div key={y.year} className="neg-year">
                  <h4 className="neg-year-h">{y.year}</h4>
                  <ul className="round-list">
                    {y.rounds.map((r) => (
                      <RoundItem
                        key={r.event.id}
                        round={r}
                        name={name}
                        checked={selectedIds.includes(r.event.id)}
                        onDate={onDate?.get(r.event.id)}
                        asOf={asOf}
                        onToggle={() => roundToggled(r.event.id)}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </section>

        {narrow ? (
          <dialog
            ref={sheetRef}
            className="neg-sheet"
            aria-labelledby="neg-compare-h"
            onClose={() => setSheetOpen(false)}
          >
            {sheetOpen && comparison}
          </dialog>
        ) : (
          comparison
        )}
      </div>
      {narrow && selected.length > 0 && !sheetOpen && (
        <div className="neg-sheet-bar">
          <button type="button" className="neg-sheet-open" onClick={() => setSheetOpen(true)}>
            {selected.length >= 2
              ? `See the comparison of ${selected.length} rounds`
              : '1 round ticked: tick one more to compare'}
          </button>
        </div>
      )}
    </div>
  );
}

function Comparison({
  selected,
  name,
  isCountry,
  onClear,
  onClose,
}: {
  selected: Round[];
  name: (id: string) => string;
  isCountry: (id: string) => boolean;
  onClear: () => void;
  onClose: (() => void) | undefined;
}) {
  const { recordOpened } = useViewActions();
  const summary = useMemo(() => summarizeRounds(selected, name, isCountry), [selected, name, isCountry]);
  const deltas = useMemo(
    () =>
      buildDeltaRows(
        selected.map((r) => ({
          id: r.event.id,
          title: r.event.title,
          ratesBefore: r.ratesBefore,
          ratesAfter: r.ratesAfter,
        })),
        name,
      ),
    [selected, name],
  );
  const roundsWithoutRates = selected.filter(
    (r) => r.ratesBefore.length === 0 && r.ratesAfter.length === 0,
  ).length;
  const renderSource = (id: string) => <SourceButton recordId={id} />;
  return (
    <section className="panel neg-compare" aria-labelledby="neg-compare-h" id="comparison">
      <div className="compare-head">
        <h2 id="neg-compare-h" tabIndex={-1}>
          Comparison
        </h2>
        {selected.length > 0 && (
          <button type="button" onClick={onClear}>
            Clear selection
          </button>
        )}
        {onClose && (
          <button type="button" onClick={onClose}>
            Back to the list
          </button>
        )}
      </div>
      {selected.length < 2 ? (
        <p>
          {selected.length === 0
            ? 'Tick two or more rounds to compare them side by side.'
            : 'Tick one more round to compare.'}
        </p>
      ) : (
        <>
          <ChartFrame
            title="Rates before and after the selected rounds"
            summary={deltaSummary(deltas, roundsWithoutRates)}
            table={deltaTable(deltas)}
            sourceIds={[
              ...new Set(
                selected.flatMap((r) =>
                  [...r.ratesBefore, ...r.ratesAfter].flatMap((m) => m.evidence.map((e) => e.sourceId)),
                ),
              ),
            ]}
          >
            {deltas.length > 0 ? (
              <>
                <DeltaChart
                  rows={deltas}
                  labelOf={(d) => `${d.roundTitle}: ${d.label}`}
                  onOpen={recordOpened}
                />
                <TableDisclosure
                  summary="Rates with their sources"
                  caption="Rates before and after, with sources"
                  data={deltaTable(deltas)}
                  renderSource={renderSource}
                />
              </>
            ) : (
              <p>
                No rates recorded for the selected rounds: the documents give no tariff rates before or after
                them.
              </p>
            )}
          </ChartFrame>
          <section className="compare-summary" aria-labelledby="neg-summary-h">
            <h3 id="neg-summary-h">What changed</h3>
            {summaryByTopic(summary).map((g) => (
              <div key={g.topic} className="compare-topic">
                {g.topic !== 'overview' && <h4>{SUMMARY_TOPIC_HEADING[g.topic]}</h4>}
                {g.sentences.map((st) => (
                  <p key={st.key}>
                    {st.segments.map((seg, i) =>
                      seg.recordId ? (
                        <InlineSourceButton key={i} recordId={seg.recordId}>
                          {seg.text}
                        </InlineSourceButton>
                      ) : (
                        <span key={i}>{seg.text}</span>
                      ),
                    )}
                  </p>
                ))}
              </div>
            ))}
          </section>
          <div className="compare-columns">
            {selected.map((r) => (
              <RoundColumn key={r.event.id} round={r} name={name} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/**
 * A source button that flows with the sentence around it. A real <button> is laid out as an inline block, so
 * on a phone every multi-word round title in the summary broke out onto lines of its own, with the comma or
 * colon after it stranded at the start of the next line. An inline span with the button role, a tab stop and
 * Enter/Space wraps like the words around it and works the same for keyboard and screen-reader users.
 */
function InlineSourceButton({ recordId, children }: { recordId: string; children: string }) {
  const { recordOpened } = useViewActions();
  return (
    <span
      role="button"
      tabIndex={0}
      aria-haspopup="dialog"
      className="record-link inline-flow-link"
      onClick={() => recordOpened(recordId)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          recordOpened(recordId);
        }
      }}
    >
      {children}
    </span>
  );
}

/** The As of mark on a round: had it happened by then, or did it come later? */
const ON_DATE_TEXT: Record<RoundOnDate, ((asOf: string) => string) | null> = {
  happened: (d) => `happened by ${d}`,
  later: (d) => `after ${d}`,
  'possibly-later': (d) => `may fall after ${d}`,
  'not-held': null,
};

function RoundItem({
  round: r,
  name,
  checked,
  onToggle,
  onDate,
  asOf,
}: {
  round: Round;
  name: (id: string) => string;
  checked: boolean;
  onToggle: () => void;
  onDate: RoundOnDate | undefined;
  asOf: string | null;
}) {
  const e = r.event;
  const mark = onDate && asOf ? ON_DATE_TEXT[onDate]?.(formatIsoDate(asOf)) : undefined;
  return (
    <li className={`round status-${r.status}${onDate ? ` round-${onDate}` : ''}`}>
      <label className="check compare-check">
        <input type="checkbox" checked={checked} onChange={onToggle} aria-label={`Compare ${e.title}`} />
        <span aria-hidden="true">Compare</span>
      </label>
      <div className="round-body">
        <RecordLink recordId={e.id} className="round-title" label={`${e.title}: open source`}>
          {e.title}
        </RecordLink>
        <RecordFlag record={e} />
        <div className="badges">
          <span className="badge">{ROUND_KIND_LABEL[r.kind]}</span>
          <span className={`badge badge-round-${r.status}`}>{ROUND_STATUS_LABEL[r.status]}</span>
          <span className="badge badge-date">{formatFuzzyDate(e.date)}</span>
          {mark && <span className={`badge badge-on-date badge-${onDate}`}>{mark}</span>}
        </div>
        <p className="round-meta">
          {e.partyIds.map(name).join(', ')}
          {e.venue ? ` · ${e.venue}` : ''}
          {r.cancels && (
            <>
              {' · cancels '}
              <InlineSourceButton recordId={r.cancels.id}>{r.cancels.title}</InlineSourceButton>
            </>
          )}
        </p>
      </div>
    </li>
  );
}

function RoundColumn({ round: r, name }: { round: Round; name: (id: string) => string }) {
  const e = r.event;
  return (
    <article className="compare-col" aria-labelledby={`col-${e.id}`}>
      <h3 id={`col-${e.id}`}>
        {e.title}
        <RecordFlag record={e} />
      </h3>
      <dl>
        <dt>Status</dt>
        <dd>
          {ROUND_KIND_LABEL[r.kind]}, {ROUND_STATUS_LABEL[r.status].toLowerCase()}
        </dd>
        <dt>Date</dt>
        <dd>
          <RecordLink
            recordId={e.id}
            className="inline-link"
            label={`${formatFuzzyDate(e.date)}: open source of ${e.title}`}
          >
            {formatFuzzyDate(e.date)}
          </RecordLink>{' '}
          <span className="muted">({describePrecision(e.date)})</span>
        </dd>
        <dt>Venue</dt>
        <dd>{e.venue ?? <span className="muted">not recorded</span>}</dd>
        <dt>Parties</dt>
        <dd>{e.partyIds.map((p) => name(p)).join(', ')}</dd>
        <dt>Duration</dt>
        <dd>
          {e.durationDays !== undefined ? (
            <RecordLink
              recordId={e.id}
              className="inline-link"
              label={`${formatDays(e.durationDays)}: open source of ${e.title}`}
            >
              {formatDays(e.durationDays)}
            </RecordLink>
          ) : (
            <span className="muted">not recorded</span>
          )}
        </dd>
        <dt>Outcome</dt>
        <dd>{e.outcome ?? <span className="muted">not recorded</span>}</dd>
        <dt>Concessions</dt>
        <dd>
          {e.concessions.length === 0 ? (
            <span className="muted">none recorded</span>
          ) : (
            e.concessions.map((c) => (
              <div key={c.actorId} className="concession">
                <strong>{name(c.actorId)}</strong>
                {c.gave.length > 0 && <p>Gave: {c.gave.join('; ')}</p>}
                {c.obtained.length > 0 && <p>Obtained: {c.obtained.join('; ')}</p>}
              </div>
            ))
          )}
        </dd>
        <dt>Rates before</dt>
        <dd>
          <RateLinks rates={r.ratesBefore} name={name} />
        </dd>
        <dt>Rates after</dt>
        <dd>
          <RateLinks rates={r.ratesAfter} name={name} />
        </dd>
        <dt>How long it held</dt>
        <dd>{e.heldUntil ?? <span className="muted">not recorded</span>}</dd>
        {r.cancels && (
          <>
            <dt>Cancels</dt>
            <dd>
              <RecordLink recordId={r.cancels.id} className="inline-link">
                {r.cancels.title}
              </RecordLink>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
