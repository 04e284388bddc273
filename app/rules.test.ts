import { describe, expect, it } from 'vitest';
import { eventStatus, measureStatus, type MeasureStatus } from './data/schema.ts';
import {
  datePassedUnapplied,
  hasHappened,
  hasLapsed,
  hasTakenEffect,
  isInForceStatus,
  isNotYetInEffect,
  tariffStatusOn,
} from './data/status.ts';
import { isAmbiguous, isCancellation, noteFlag } from './data/selectors.ts';
import { day, makeDataset, makeEvent, makeTariff } from './data/test-factories.ts';
import { eventLaneKind } from './charts/events-lane/build-lane.ts';
import { timelineItems } from './charts/timeline-lanes/build-lanes.ts';
import { listRounds } from './features/negotiations/rounds.ts';
import { buildTariffSeries, seriesKindOf } from './domain/step-series.ts';
import { escalationSummary } from './features/escalation/escalation-text.ts';

/**
 * The record-level rules every view shares (status predicates in status.ts; ambiguity flag and cancellation in
 * selectors.ts), checked once here; the views are checked to call them, so a copy cannot drift again.
 */

const ALL: readonly MeasureStatus[] = measureStatus.options;
const note = (kind: 'ambiguous' | 'conflict' | 'inferred' | 'context') => ({ kind, text: 'note' });

describe('status predicates (lifecycle threatened → announced → in force → suspended → lifted / expired)', () => {
  it('hasTakenEffect: in force, suspended, lifted and expired applied; threatened, proposed, announced did not', () => {
    expect(ALL.filter(hasTakenEffect)).toEqual(['in-force', 'suspended', 'lifted', 'expired']);
  });

  it('isNotYetInEffect: an announced rate has not taken effect on the day it is announced', () => {
    expect(ALL.filter(isNotYetInEffect)).toEqual(['threatened', 'proposed', 'announced']);
    for (const s of ALL) expect(isNotYetInEffect(s)).toBe(!hasTakenEffect(s));
  });

  it('isInForceStatus: only a rate documented as in force, not a suspended or ended one', () => {
    expect(ALL.filter(isInForceStatus)).toEqual(['in-force']);
  });

  it('hasLapsed: lifted and expired rates applied and have ended', () => {
    expect(ALL.filter(hasLapsed)).toEqual(['lifted', 'expired']);
    for (const s of ALL.filter(hasLapsed)) expect(hasTakenEffect(s)).toBe(true);
  });

  it('hasHappened: a held or collapsed event took place; a planned, proposed or cancelled one did not', () => {
    expect(eventStatus.options.filter(hasHappened)).toEqual(['held', 'collapsed']);
  });

  it('datePassedUnapplied: a threatened or announced date that passed; never a proposal, never one that applied', () => {
    const on = (status: MeasureStatus) =>
      datePassedUnapplied({ status, date: day('2025-03-01') }, '2025-04-01');
    expect(ALL.filter(on)).toEqual(['threatened', 'announced']);
    expect(datePassedUnapplied({ status: 'threatened', date: day('2025-05-01') }, '2025-04-01')).toBe(false);
  });

  it('the as-of status, the step chart and the summary line agree on an announced rate', () => {
    const inForce = makeTariff({ id: 'base', rate: 10, date: day('2025-05-14') });
    const announced = makeTariff({ id: 'nov', rate: 100, status: 'announced', date: day('2025-11-01') });
    expect(tariffStatusOn(announced, [inForce, announced], '2025-11-02').state).toBe('not-in-force');
    expect(seriesKindOf('announced')).toBe('announced');
    const actual = buildTariffSeries([inForce, announced], Date.UTC(2026, 0, 1)).find(
      (s) => s.kind === 'actual',
    )!;
    expect(actual.points.map((p) => p.recordId)).not.toContain('nov');
    const line = escalationSummary([inForce, announced], (id) => id, {
      date: '2025-11-02',
      sources: makeDataset().sources,
    });
    expect(line).toContain('announced 100%');
    expect(line).not.toContain('peak so far 100%');
    expect(line).toMatch(
      /^On 2 Nov 2025: us on china: 10% \(in force when last documented 2025-05-14\); announced 100%/,
    );
  });

  it('the summary line counts a lifted rate as one that applied, like the chart', () => {
    const lifted = makeTariff({ id: 'spring', rate: 145, status: 'lifted', date: day('2025-04-10') });
    const now = makeTariff({ id: 'summer', rate: 10, date: day('2025-05-14') });
    expect(
      escalationSummary([lifted, now], (id) => id, { date: '2025-06-01', sources: makeDataset().sources }),
    ).toContain('peak so far 145%');
    const actual = buildTariffSeries([lifted, now], Date.UTC(2026, 0, 1)).find((s) => s.kind === 'actual')!;
    expect(actual.points.map((p) => p.recordId)).toContain('spring');
  });
});

describe('ambiguity and conflict flag', () => {
  it('a conflict between documents outranks an ambiguity', () => {
    expect(noteFlag({ notes: [note('ambiguous'), note('conflict')] })).toBe('conflict');
    expect(noteFlag({ notes: [note('ambiguous')] })).toBe('ambiguous');
  });

  it('inferred and context notes raise no flag', () => {
    expect(noteFlag({ notes: [note('inferred'), note('context')] })).toBeNull();
    expect(isAmbiguous({ notes: [note('inferred')] })).toBe(false);
    expect(isAmbiguous({ notes: [note('conflict')] })).toBe(true);
  });
});

describe('cancellation', () => {
  it('any event naming the event it cancels is a cancellation, whatever its kind', () => {
    expect(isCancellation({ cancelsId: 'ev-summit' })).toBe(true);
    expect(isCancellation({})).toBe(false);
  });

  it('the events lane, the timeline and the negotiation rounds agree on a cancellation made by a call', () => {
    const call = makeEvent({ id: 'ev-call', kind: 'call', cancelsId: 'ev-a' });
    const data = { ...makeDataset(), events: [makeEvent(), call] };
    expect(eventLaneKind(call)).toBe('cancellation');
    expect(timelineItems(data).find((i) => i.id === 'ev-call')?.kind).toBe('cancellation');
    expect(listRounds(data).find((r) => r.event.id === 'ev-call')?.kind).toBe('cancellation');
  });
});
