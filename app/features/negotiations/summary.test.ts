import { describe, expect, it } from 'vitest';
import { day, makeEvent, makeTariff, shippedDataset } from '../../data/test-factories.ts';
import type { Actor } from '../../data/schema.ts';
import {
  filterRounds,
  groupByTrack,
  listRounds,
  partyOptions,
  selectedRounds,
  trackLabel,
} from './rounds.ts';
import { approxSpan, lowerFirst, summarizeRounds, summaryByTopic, summaryText } from './summary.ts';

const name = (id: string) => ({ us: 'US', china: 'China', russia: 'Russia', trump: 'Trump' })[id] ?? id;
const isCountry = (id: string) => id !== 'trump';

const before = makeTariff({ id: 'tm-57', rate: 57, basis: 'unspecified', date: day('2025-10-25') });
const after = makeTariff({
  id: 'tm-47',
  rate: 47,
  basis: 'unspecified',
  status: 'proposed',
  date: day('2025-10-25'),
});
const tariffs = [before, after];

const london = makeEvent({
  id: 'london',
  title: 'London talks',
  date: day('2025-06-10'),
  durationDays: 2,
  venue: 'London',
  heldUntil: 'unclear',
});
const may = makeEvent({
  id: 'may',
  title: 'May deal',
  status: 'collapsed',
  date: { start: '2025-05-01', end: '2025-05-31', precision: 'month', label: 'May 2025', inferred: false },
});
const leaders = makeEvent({
  id: 'leaders',
  kind: 'meeting',
  title: 'Leaders meet',
  date: day('2025-10-30'),
  partyIds: ['us', 'china', 'trump'],
  ratesBeforeIds: ['tm-57'],
  ratesAfterIds: ['tm-47'],
  concessions: [
    { actorId: 'china', gave: ['suspend controls'], obtained: ['tariff cut'] },
    { actorId: 'us', gave: ['cut tariffs'], obtained: [] },
  ],
});
const cancel = makeEvent({
  id: 'cancel',
  kind: 'statement',
  title: 'Summit called off',
  date: day('2025-10-21'),
  partyIds: ['us', 'russia'],
  cancelsId: 'summit',
});
const summit = makeEvent({
  id: 'summit',
  kind: 'summit',
  status: 'cancelled',
  title: 'Summit',
  date: day('2025-10-25'),
  partyIds: ['us', 'russia'],
});
const speech = makeEvent({ id: 'speech', kind: 'statement', title: 'A speech' });
const events = [london, may, leaders, cancel, summit, speech];
const rounds = listRounds({ events, tariffMeasures: tariffs });

describe('listRounds and filters', () => {
  it('lists rounds, meetings, summits and cancellations oldest first, but not ordinary statements', () => {
    expect(rounds.map((r) => r.event.id)).toEqual(['may', 'london', 'cancel', 'summit', 'leaders']);
    expect(rounds.find((r) => r.event.id === 'cancel')).toMatchObject({
      kind: 'cancellation',
      status: 'cancelled',
      cancels: summit,
    });
    expect(rounds.find((r) => r.event.id === 'leaders')!.ratesAfter).toEqual([after]);
  });

  it('filters by every checked party and by any checked status', () => {
    expect(filterRounds(rounds, ['us', 'russia'], []).map((r) => r.event.id)).toEqual(['cancel', 'summit']);
    expect(filterRounds(rounds, [], ['cancelled', 'collapsed']).map((r) => r.event.id)).toEqual([
      'may',
      'cancel',
      'summit',
    ]);
    expect(filterRounds(rounds, ['china'], ['held']).map((r) => r.event.id)).toEqual(['london', 'leaders']);
  });

  it('offers only countries and groups as parties', () => {
    const actor = (id: string, kind: Actor['kind']): Actor => ({
      id,
      name: id,
      shortName: id,
      kind,
      aliases: [],
      evidence: [],
      notes: [],
    });
    const opts = partyOptions(rounds, [
      actor('us', 'country'),
      actor('trump', 'person'),
      actor('iran', 'country'),
    ]);
    expect(opts.map((a) => a.id)).toEqual(['us']);
  });
});

describe('summarizeRounds', () => {
  it('says nothing until two rounds are selected', () => {
    expect(summarizeRounds(selectedRounds(rounds, ['london']), name)).toEqual([]);
  });

  it('describes the span, the status change and the parties between two rounds', () => {
    const text = summaryText(summarizeRounds(selectedRounds(rounds, ['london', 'may']), name, isCountry));
    expect(text).toContain(
      'The 2 selected rounds run from May deal to London talks, about 40 days apart (May 2025 and 2025-06-10).',
    );
    expect(text).toContain(
      'From May deal to London talks: collapsed, then held; same parties (US and China).',
    );
    expect(text).toContain('No rates recorded for London talks.');
    expect(text).toContain('At London talks, the talks lasted 2 days; no concessions recorded.');
    expect(text).toContain('London talks: unclear.');
    expect(text).toContain(
      'For May deal, the documents record no rates, no duration, no concessions and nothing on how long its result held.',
    );
  });

  it('links every rate to its record and states the change in points', () => {
    const sentences = summarizeRounds(selectedRounds(rounds, ['leaders', 'london']), name, isCountry);
    const rate = sentences.find((s) => s.key === 'rates-leaders')!;
    // The 47% is only proposed: nothing "went" anywhere yet.
    expect(summaryText([rate])).toBe(
      'At Leaders meet, US on China (basis not stated) would go from 57% to 47% under the proposed terms (−10 points).',
    );
    expect(rate.segments.filter((g) => g.recordId?.startsWith('tm-'))).toEqual([
      { text: '57%', recordId: 'tm-57' },
      { text: '47%', recordId: 'tm-47' },
    ]);
    expect(summaryText(sentences)).toContain(
      'At Leaders meet, China gave: suspend controls, in return got: tariff cut; US gave: cut tariffs.',
    );
    expect(summaryText(sentences)).toContain('Leaders meet: how long it held is not recorded.');
  });

  it('reports as an analyst would: the rounds, then the rates, then what each side gave and got, then how long it held', () => {
    const sentences = summarizeRounds(selectedRounds(rounds, ['leaders', 'london']), name, isCountry);
    const topics = sentences.map((s) => s.topic);
    expect([...new Set(topics)]).toEqual(['overview', 'rates', 'deal', 'held']);
    expect(summaryByTopic(sentences).map((g) => [g.topic, g.sentences.length])).toEqual([
      ['overview', 2],
      ['rates', 2],
      ['deal', 2],
      ['held', 2],
    ]);
  });

  it('names the parties that differ without implying one process, and a cancellation', () => {
    const text = summaryText(summarizeRounds(selectedRounds(rounds, ['leaders', 'cancel']), name, isCountry));
    expect(text).toContain(
      'From Summit called off to Leaders meet: cancelled, then held; China takes part only in the later one, Russia only in the earlier one.',
    );
  });

  it('writes the distance between rounds in days, months or years, approximate unless both days are known', () => {
    expect(approxSpan(59, true)).toBe('59 days');
    expect(approxSpan(40, false)).toBe('about 40 days');
    expect(approxSpan(142, true)).toBe('about 5 months');
    expect(approxSpan(1085, false)).toBe('about 3 years');
  });

  it('lower-cases ordinary prose after a colon, never an acronym or a quote', () => {
    expect(lowerFirst('Temporary, per the author')).toBe('temporary, per the author');
    expect(lowerFirst('US tariff cut')).toBe('US tariff cut');
    expect(lowerFirst('"Quickly collapsed"')).toBe('"Quickly collapsed"');
  });

  it('follows a rate from one round to the next when the basis matches', () => {
    const r1 = makeEvent({ id: 'r1', title: 'R1', date: day('2025-01-01'), ratesAfterIds: ['x'] });
    const r2 = makeEvent({ id: 'r2', title: 'R2', date: day('2025-03-01'), ratesBeforeIds: ['y'] });
    const x = makeTariff({ id: 'x', rate: 30 });
    const y = makeTariff({ id: 'y', rate: 50 });
    const rs = listRounds({ events: [r1, r2], tariffMeasures: [x, y] });
    const text = summaryText(summarizeRounds(rs, name));
    expect(text).toContain('Between the two rounds, US on China went from 30% to 50% (+20 points).');
    expect(text).toContain('run from R1 to R2, 59 days apart (2025-01-01 and 2025-03-01).');
  });
});

describe('groupByTrack', () => {
  const actors = [
    { id: 'us', kind: 'country' },
    { id: 'china', kind: 'country' },
    { id: 'russia', kind: 'country' },
    { id: 'iran', kind: 'country' },
    { id: 'trump', kind: 'person', countryId: 'us' },
    { id: 'putin', kind: 'person', countryId: 'russia' },
  ].map((a) => ({ name: a.id, shortName: a.id, aliases: [], evidence: [], notes: [], ...a })) as Actor[];
  const ev = (id: string, start: string, partyIds: string[]) =>
    makeEvent({ id, title: id, date: day(start), partyIds });
  const rs = listRounds({
    events: [
      ev('iran-2015', '2015-07-14', ['us', 'iran']),
      ev('london', '2025-06-10', ['china', 'us']),
      ev('may', '2025-05-12', ['us', 'china']),
      ev('xi-biden', '2022-11-14', ['us', 'china']),
      ev('call', '2025-10-07', ['trump', 'putin']),
      ev('visit', '2024-05-16', ['putin', 'china']),
    ],
    tariffMeasures: [],
  });

  it('groups rounds by the countries taking part (people through their country) and by year, newest first', () => {
    const tracks = groupByTrack(rs, actors);
    expect(tracks.map((t) => [t.key, t.years.map((y) => [y.year, y.rounds.map((r) => r.event.id)])])).toEqual(
      [
        ['us+russia', [['2025', ['call']]]],
        [
          'us+china',
          [
            ['2025', ['london', 'may']],
            ['2022', ['xi-biden']],
          ],
        ],
        ['china+russia', [['2024', ['visit']]]],
        ['us+iran', [['2015', ['iran-2015']]]],
      ],
    );
    expect(trackLabel(tracks[1]!, (id) => id.toUpperCase())).toBe('US–CHINA');
  });

  it('keeps the 2015 deal out of the 2025 trade rounds in the shipped data', () => {
    const data = shippedDataset();
    const tracks = groupByTrack(listRounds(data), data.actors);
    const usChina = tracks.find((t) => t.key === 'us+china');
    const ids = usChina?.years.flatMap((y) => y.rounds.map((r) => r.event.id)) ?? [];
    expect(ids.some((id) => id.includes('iran'))).toBe(false);
    expect(tracks.flatMap((t) => t.years.flatMap((y) => y.rounds)).length).toBe(listRounds(data).length);
  });
});
