import { buildDeltaRows, type DeltaRow } from '../../charts/delta/build-delta.ts';
import {
  daysBetween,
  formatDays,
  formatFuzzyDate,
  formatPercent,
  formatPointChange,
  STATUS_LABEL,
} from '../../lib/format.ts';
import { ROUND_STATUS_LABEL, type Round } from './rounds.ts';

/**
 * Pure: a plain-language account of what changed between the selected rounds, generated from the data (never
 * written per pair). Every figure is a segment carrying the record it comes from, so the UI links it.
 */

export type Segment = { text: string; recordId?: string };
export interface SummarySentence {
  key: string;
  segments: Segment[];
}

type NameOf = (actorId: string) => string;

const t = (text: string): Segment => ({ text });
const link = (text: string, recordId: string): Segment => ({ text, recordId });

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function isExact(r: Round): boolean {
  return r.event.date.precision === 'day';
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

  // When: the span the selection covers.
  const days = daysBetween(first.event.date.start, last.event.date.start);
  const approx = isExact(first) && isExact(last) ? '' : 'about ';
  out.push({
    key: 'span',
    segments: [
      t(`The ${rounds.length} selected rounds run from `),
      link(first.event.title, first.event.id),
      t(` (${formatFuzzyDate(first.event.date)}) to `),
      link(last.event.title, last.event.id),
      t(` (${formatFuzzyDate(last.event.date)}), `),
      days === 0
        ? t('in the same period.')
        : t(`${approx}${formatDays(days)} apart by their earliest possible dates.`),
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
    if (added.length) segs.push(t(`; ${listWords(added)} ${added.length === 1 ? 'joins' : 'join'}`));
    if (dropped.length)
      segs.push(t(`; ${listWords(dropped)} no longer ${dropped.length === 1 ? 'takes' : 'take'} part`));
    if (!added.length && !dropped.length) segs.push(t(`; same parties (${listWords(pa.map(name))})`));
    if (b.cancels) segs.push(t('; it cancels '), link(b.cancels.title, b.cancels.id));
    segs.push(t('.'));
    out.push({ key: `pair-${a.event.id}-${b.event.id}`, segments: segs });
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
      segs.push(...rateChange(d));
    });
    segs.push(t('.'));
    out.push({ key: `rates-${r.event.id}`, segments: segs });
  }
  const noRates = rounds.filter((r) => r.ratesBefore.length === 0 && r.ratesAfter.length === 0);
  if (noRates.length) {
    const segs: Segment[] = [t('No rates recorded for ')];
    noRates.forEach((r, i) => {
      if (i > 0) segs.push(t(i === noRates.length - 1 ? ' and ' : ', '));
      segs.push(link(r.event.title, r.event.id));
    });
    segs.push(t('.'));
    out.push({ key: 'no-rates', segments: segs });
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

  // Duration, concessions and how long the result held, round by round.
  for (const r of rounds) {
    const e = r.event;
    const segs: Segment[] = [link(e.title, e.id), t(': ')];
    const facts: Segment[][] = [];
    if (e.durationDays !== undefined) facts.push([t('lasted '), link(formatDays(e.durationDays), e.id)]);
    const gave = e.concessions.filter((c) => c.gave.length > 0);
    if (gave.length) {
      facts.push([
        t(
          gave
            .map(
              (c) =>
                `${name(c.actorId)} gave ${c.gave.length === 1 ? 'one concession' : `${c.gave.length} concessions`}`,
            )
            .join(', '),
        ),
      ]);
    } else facts.push([t('no concessions recorded')]);
    facts.push([
      t(
        e.heldUntil
          ? `result held: ${e.heldUntil.replace(/\.$/, '')}`
          : 'how long the result held is not recorded',
      ),
    ]);
    facts.forEach((f, i) => {
      if (i > 0) segs.push(t('; '));
      segs.push(...f);
    });
    segs.push(t('.'));
    out.push({ key: `facts-${e.id}`, segments: segs });
  }
  return out;
}

function rateChange(d: DeltaRow): Segment[] {
  if (d.before && d.after) {
    return [
      t(`${d.label} went from `),
      link(formatPercent(d.before.rate), d.before.recordId),
      t(' to '),
      link(formatPercent(d.after.rate), d.after.recordId),
      t(` (${formatPointChange(d.change ?? 0)}; ${STATUS_LABEL[d.after.status].toLowerCase()})`),
    ];
  }
  if (d.after) {
    return [
      t(`${d.label}: `),
      link(formatPercent(d.after.rate), d.after.recordId),
      t(` after (${STATUS_LABEL[d.after.status].toLowerCase()}); no rate recorded before`),
    ];
  }
  return [
    t(`${d.label}: `),
    link(formatPercent(d.before!.rate), d.before!.recordId),
    t(' before; no rate recorded after'),
  ];
}

/** The summary as plain text (for tests, exports and screen-reader checks). */
export function summaryText(sentences: readonly SummarySentence[]): string {
  return sentences.map((s) => s.segments.map((g) => g.text).join('')).join(' ');
}
