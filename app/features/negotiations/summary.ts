import { buildDeltaRows, type DeltaRow } from '../../charts/delta/build-delta.ts';
import type { NameOf } from '../../data/selectors.ts';
import type { MeasureStatus } from '../../data/schema.ts';
import {
  BASIS_LABEL,
  formatDays,
  formatNumber,
  formatPercent,
  formatPointChange,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { daysBetween } from '../../lib/dates.ts';
import { ROUND_STATUS_LABEL, type Round } from './rounds.ts';

/**
 * Pure: a plain-language account of what changed between the selected rounds, generated from the data (never
 * written per pair). Every figure is a segment carrying the record it comes from, so the UI links it.
 */

export type Segment = { text: string; recordId?: string };
/**
 * What a sentence is about, in the order an analyst reports it: when and between whom, what changed in the
 * rates, what each side gave and got, and how long the result held.
 */
export type SummaryTopic = 'overview' | 'rates' | 'deal' | 'held';
export interface SummarySentence {
  key: string;
  topic: SummaryTopic;
  segments: Segment[];
}

export const SUMMARY_TOPIC_HEADING: Record<SummaryTopic, string> = {
  overview: 'The rounds',
  rates: 'What changed in the rates',
  deal: 'What each side gave and got',
  held: 'How long it held',
};

const t = (text: string): Segment => ({ text });
const link = (text: string, recordId: string): Segment => ({ text, recordId });

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function isExact(r: Round): boolean {
  return r.event.date.precision === 'day';
}

function hasRates(r: Round): boolean {
  return r.ratesBefore.length > 0 || r.ratesAfter.length > 0;
}

function hasFacts(r: Round): boolean {
  const e = r.event;
  return e.durationDays !== undefined || e.concessions.some((c) => c.gave.length > 0) || !!e.heldUntil;
}

/** "A, B and C", each a link to its round. */
function linkList(rounds: readonly Round[]): Segment[] {
  return rounds.flatMap((r, i) => [
    ...(i === 0 ? [] : [t(i === rounds.length - 1 ? ' and ' : ', ')]),
    link(r.event.title, r.event.id),
  ]);
}

function countryParties(r: Round, isCountry: (id: string) => boolean): string[] {
  return r.event.partyIds.filter(isCountry);
}

export function summarizeRounds(
  selected: readonly Round[],
  name: NameOf,
  isCountry: (actorId: string) => boolean = () => true,
): SummarySentence[] {
  const rounds = [...selected].sort((a, b) => a.event.date.start.localeCompare(b.event.date.start));
  if (rounds.length < 2) return [];
  const out: SummarySentence[] = [];
  const first = rounds[0]!;
  const last = rounds[rounds.length - 1]!;

  // When: the span the selection covers. Dates go in one parenthesis after the distance, so titles that
  // carry their own date ("… (late Oct 2025)") never end up in nested brackets.
  const days = daysBetween(first.event.date.start, last.event.date.start);
  const exact = isExact(first) && isExact(last);
  out.push({
    key: 'span',
    topic: 'overview',
    segments: [
      t(`The ${rounds.length} selected rounds run from `),
      link(first.event.title, first.event.id),
      t(' to '),
      link(last.event.title, last.event.id),
      t(
        days === 0
          ? `, in the same period (${spanDates(first, last)}).`
          : `, ${approxSpan(days, exact)} apart (${spanDates(first, last)}).`,
      ),
    ],
  });

  // What happened to each, pair by pair: status and parties.
  for (let i = 1; i < rounds.length; i++) {
    const a = rounds[i - 1]!;
    const b = rounds[i]!;
    const segs: Segment[] = [
      t('From '),
      link(a.event.title, a.event.id),
      t(' to '),
      link(b.event.title, b.event.id),
      t(': '),
    ];
    segs.push(
      a.status === b.status
        ? t(`both ${ROUND_STATUS_LABEL[a.status].toLowerCase()}`)
        : t(
            `${ROUND_STATUS_LABEL[a.status].toLowerCase()}, then ${ROUND_STATUS_LABEL[b.status].toLowerCase()}`,
          ),
    );
    const pa = countryParties(a, isCountry);
    const pb = countryParties(b, isCountry);
    const added = pb.filter((p) => !pa.includes(p)).map(name);
    const dropped = pa.filter((p) => !pb.includes(p)).map(name);
    // "Only in the later one", not "joins": two selected rounds need not be steps of one process.
    const takePart = (list: string[]) => `${listWords(list)} ${list.length === 1 ? 'takes' : 'take'} part`;
    if (added.length) segs.push(t(`; ${takePart(added)} only in the later one`));
    if (dropped.length)
      segs.push(
        t(
          added.length
            ? `, ${listWords(dropped)} only in the earlier one`
            : `; ${takePart(dropped)} only in the earlier one`,
        ),
      );
    if (!added.length && !dropped.length) segs.push(t(`; same parties (${listWords(pa.map(name))})`));
    if (b.cancels) segs.push(t('; it cancels '), link(b.cancels.title, b.cancels.id));
    segs.push(t('.'));
    out.push({ key: `pair-${a.event.id}-${b.event.id}`, topic: 'overview', segments: segs });
  }

  // Rates before and after each round.
  const deltas = buildDeltaRows(
    rounds.map((r) => ({
      id: r.event.id,
      title: r.event.title,
      ratesBefore: r.ratesBefore,
      ratesAfter: r.ratesAfter,
    })),
    name,
  );
  for (const r of rounds) {
    const rows = deltas.filter((d) => d.roundId === r.event.id);
    if (rows.length === 0) continue;
    const segs: Segment[] = [t('At '), link(r.event.title, r.event.id), t(', ')];
    rows.forEach((d, i) => {
      if (i > 0) segs.push(t('; '));
      segs.push(...rateChange(d, name));
    });
    segs.push(t('.'));
    out.push({ key: `rates-${r.event.id}`, topic: 'rates', segments: segs });
  }
  const noRates = rounds.filter((r) => !hasRates(r) && hasFacts(r));
  if (noRates.length) {
    out.push({
      key: 'no-rates',
      topic: 'rates',
      segments: [t('No rates recorded for '), ...linkList(noRates), t('.')],
    });
  }

  // Rates carried from one round to the next (same direction and basis only).
  for (let i = 1; i < rounds.length; i++) {
    const a = rounds[i - 1]!;
    const b = rounds[i]!;
    for (const after of a.ratesAfter) {
      const next = b.ratesBefore.find(
        (m) => m.imposerId === after.imposerId && m.targetId === after.targetId && m.basis === after.basis,
      );
      if (!next || next.id === after.id) continue;
      out.push({
        key: `between-${a.event.id}-${b.event.id}-${after.id}`,
        topic: 'rates',
        segments: [
          t(`Between the two rounds, ${name(after.imposerId)} on ${name(after.targetId)} went from `),
          link(formatPercent(after.rate), after.id),
          t(' to '),
          link(formatPercent(next.rate), next.id),
          t(` (${formatPointChange(next.rate - after.rate)}).`),
        ],
      });
    }
  }

  // What each side gave and got, and how long it lasted, round by round.
  for (const r of rounds.filter(hasFacts)) {
    const e = r.event;
    const sides = e.concessions.filter((c) => c.gave.length > 0 || c.obtained.length > 0);
    const facts: Segment[][] = [];
    if (e.durationDays !== undefined)
      facts.push([t('the talks lasted '), link(formatDays(e.durationDays), e.id)]);
    for (const c of sides) {
      const parts = [
        c.gave.length ? `gave: ${c.gave.map(lowerFirst).join('; ')}` : '',
        c.obtained.length
          ? `${c.gave.length ? 'in return got' : 'got'}: ${c.obtained.map(lowerFirst).join('; ')}`
          : '',
      ].filter(Boolean);
      facts.push([t(`${name(c.actorId)} ${parts.join(', ')}`)]);
    }
    if (sides.length === 0) facts.push([t('no concessions recorded')]);
    const segs: Segment[] = [t('At '), link(e.title, e.id), t(', ')];
    facts.forEach((f, i) => {
      if (i > 0) segs.push(t('; '));
      segs.push(...f);
    });
    segs.push(t('.'));
    out.push({ key: `deal-${e.id}`, topic: 'deal', segments: segs });
    out.push({
      key: `held-${e.id}`,
      topic: 'held',
      segments: e.heldUntil
        ? [link(e.title, e.id), t(`: ${lowerFirst(e.heldUntil.replace(/\.$/, ''))}.`)]
        : [link(e.title, e.id), t(': how long it held is not recorded.')],
    });
  }
  const factless = rounds.filter((r) => !hasFacts(r));
  for (const withRates of [true, false]) {
    const group = factless.filter((r) => hasRates(r) === withRates);
    if (!group.length) continue;
    const what = `${withRates ? '' : 'no rates, '}no duration, no concessions and nothing on how long ${group.length === 1 ? 'its result' : 'their results'} held`;
    out.push({
      key: withRates ? 'no-facts' : 'nothing-recorded',
      topic: 'held',
      segments: [t('For '), ...linkList(group), t(`, the documents record ${what}.`)],
    });
  }
  const order: SummaryTopic[] = ['overview', 'rates', 'deal', 'held'];
  return out
    .map((x, i) => ({ x, i }))
    .sort((a, b) => order.indexOf(a.x.topic) - order.indexOf(b.x.topic) || a.i - b.i)
    .map(({ x }) => x);
}

/** The sentences under each topic, in report order; topics with nothing to say are left out. */
export function summaryByTopic(
  sentences: readonly SummarySentence[],
): { topic: SummaryTopic; sentences: SummarySentence[] }[] {
  const order: SummaryTopic[] = ['overview', 'rates', 'deal', 'held'];
  return order
    .map((topic) => ({ topic, sentences: sentences.filter((s) => s.topic === topic) }))
    .filter((g) => g.sentences.length > 0);
}

/** "US on China (basis not stated)": direction first, basis in brackets, so the sentence reads on. */
function rowLabel(d: DeltaRow, name: NameOf): string {
  return `${name(d.imposerId)} on ${name(d.targetId)} (${BASIS_LABEL[d.basis].toLowerCase()})`;
}

/**
 * A rate that is only proposed or threatened after a round has not changed anything yet: it "would go" from
 * one figure to the other, never "went".
 */
function rateChange(d: DeltaRow, name: NameOf): Segment[] {
  const label = rowLabel(d, name);
  if (d.before && d.after) {
    const change = formatPointChange(d.change ?? 0);
    const pending = PENDING[d.after.status];
    return [
      t(`${label} ${pending ? 'would go' : 'went'} from `),
      link(formatPercent(d.before.rate), d.before.recordId),
      t(' to '),
      link(formatPercent(d.after.rate), d.after.recordId),
      t(pending ? ` ${pending} (${change})` : ` (${change}; ${STATUS_LABEL[d.after.status].toLowerCase()})`),
    ];
  }
  if (d.after) {
    return [
      t(`${label}: `),
      link(formatPercent(d.after.rate), d.after.recordId),
      t(` after (${STATUS_LABEL[d.after.status].toLowerCase()}); no rate recorded before`),
    ];
  }
  return [
    t(`${label}: `),
    link(formatPercent(d.before!.rate), d.before!.recordId),
    t(' before; no rate recorded after'),
  ];
}

const PENDING: Partial<Record<MeasureStatus, string>> = {
  proposed: 'under the proposed terms',
  threatened: 'if the threat were carried out',
};

/** "by their dates", plainly: "May 2025 and late Oct 2025, both inferred". */
function spanDates(first: Round, last: Round): string {
  const a = first.event.date;
  const b = last.event.date;
  const dates = a.label === b.label ? a.label : `${a.label} and ${b.label}`;
  const inferred =
    a.inferred && b.inferred
      ? a.label === b.label
        ? ', inferred'
        : ', both inferred'
      : a.inferred
        ? ', the first inferred'
        : b.inferred
          ? ', the second inferred'
          : '';
  return `${dates}${inferred}`;
}

/**
 * The distance between two rounds in words a reader takes in at once: days up to two months, then months, then
 * years. Coarse dates (a month, a season) make it approximate, and it says so.
 */
export function approxSpan(days: number, exact: boolean): string {
  if (days <= 60) return `${exact ? '' : 'about '}${formatDays(days)}`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `about ${formatNumber(months)} months`;
  const years = Math.round(days / 365.25);
  return `about ${formatNumber(years)} years`;
}

/** Lower-cases a leading capital of ordinary prose ("Temporary, …" → "temporary, …"), never of "US" or "EU". */
export function lowerFirst(text: string): string {
  const [a, b] = [text.charAt(0), text.charAt(1)];
  return a !== a.toLowerCase() && b === b.toLowerCase() && b !== b.toUpperCase()
    ? a.toLowerCase() + text.slice(1)
    : text;
}

/** The summary as plain text (for tests, exports and screen-reader checks). */
export function summaryText(sentences: readonly SummarySentence[]): string {
  return sentences.map((s) => s.segments.map((g) => g.text).join('')).join(' ');
}
