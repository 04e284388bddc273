import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/test-factories.ts';
import { isoToTime } from '../lib/dates.ts';
import { buildTariffSeries } from './step-series.ts';
import {
  computedWithText,
  datasetUnderReadings,
  decodeReadingChoice,
  encodeReadingChoice,
  openRates,
  rateText,
  readingWorlds,
  validChoice,
  valuesUnderReadings,
} from './readings.ts';

const ds = shippedDataset();
const us = ds.tariffMeasures.find((m) => m.id === 'tm-us-cn-10-summer-2025')!;
const cn = ds.tariffMeasures.find((m) => m.id === 'tm-cn-us-30-summer-2025')!;

describe('values under readings (shipped dataset)', () => {
  it('keeps both summer rates while no reading is picked, and one when a reading is', () => {
    expect(valuesUnderReadings(ds, {}, us.id, 'rate', us.rate).map((a) => a.value)).toEqual([10, 30]);
    expect(valuesUnderReadings(ds, { 'summer-pair': 'b' }, us.id, 'rate', us.rate)).toEqual([
      { value: 30, readings: [expect.objectContaining({ ambiguityId: 'summer-pair', letter: 'B' })] },
    ]);
    expect(valuesUnderReadings(ds, { 'summer-pair': 'b' }, cn.id, 'rate', cn.rate)[0]!.value).toBe(10);
    // A record no ambiguity touches is its own value.
    const spring = ds.tariffMeasures.find((m) => m.id === 'tm-us-cn-145-spring-2025')!;
    expect(valuesUnderReadings(ds, {}, spring.id, 'rate', 145)).toEqual([{ value: 145, readings: [] }]);
  });

  it('the dataset under a picked reading carries its values and keeps only the open ambiguities', () => {
    const b = datasetUnderReadings(ds, { 'summer-pair': 'b' });
    expect(b.tariffMeasures.find((m) => m.id === us.id)!.rate).toBe(30);
    expect(b.tariffMeasures.find((m) => m.id === cn.id)!.rate).toBe(10);
    expect(b.ambiguities.map((a) => a.id)).not.toContain('summer-pair');
    expect(openRates(b)(b.tariffMeasures.find((m) => m.id === us.id)!)).toBeUndefined();
    expect(openRates(ds)(us)).toEqual([10, 30]);
    // The stored dataset is untouched, and the same choice gives the same object.
    expect(ds.tariffMeasures.find((m) => m.id === us.id)!.rate).toBe(10);
    expect(datasetUnderReadings(ds, { 'summer-pair': 'b' })).toBe(b);
  });

  it('"the same headline rate" reading of the 57%/47% puts them on the headline line', () => {
    const end = isoToTime('2026-01-01');
    const key = 'us>china|headline|actual';
    const open = buildTariffSeries(ds.tariffMeasures, end).find((s) => s.key === key)!;
    expect(open.points.map((p) => p.recordId)).not.toContain('tm-us-cn-57-before-draft');
    const joined = datasetUnderReadings(ds, { 'basis-57-47': 'b' });
    const line = buildTariffSeries(joined.tariffMeasures, end).find((s) => s.key === key)!;
    expect(line.points.map((p) => p.recordId)).toContain('tm-us-cn-57-before-draft');
  });

  it('"last Tuesday" is 14 or 21 Jan 2025: the event keeps a span covering both, each reading one day', () => {
    const id = 'ev-lavrov-press-conference-2025-01';
    const own = ds.events.find((e) => e.id === id)!.date;
    expect([own.start, own.end]).toEqual(['2025-01-14', '2025-01-21']);
    const days = valuesUnderReadings(ds, {}, id, 'date', own).map((a) => a.value.start);
    expect(days).toEqual(['2025-01-21', '2025-01-14']);
  });

  it('says "10% or 30%" for an open figure and names the picked reading', () => {
    expect(rateText(10, [10, 30])).toBe('10% or 30%');
    expect(rateText(30, undefined)).toBe('30%');
    const ids = ds.tariffMeasures.map((m) => m.id);
    expect(computedWithText(ds, { 'summer-pair': 'b' }, ids)).toMatch(/Computed with Summer 2025.*reading B/);
    expect(computedWithText(ds, {}, ids)).toMatch(/No reading picked for Summer 2025/);
  });

  it('enumerates the combinations of open readings', () => {
    expect(readingWorlds(ds, {}, ['summer-pair', 'basis-57-47'])).toHaveLength(4);
    expect(readingWorlds(ds, { 'summer-pair': 'a' }, ['summer-pair'])).toHaveLength(1);
  });

  it('round-trips the URL form and drops what it cannot read or the dataset does not have', () => {
    const choice = { 'summer-pair': 'b', 'last-tuesday': 'a' };
    expect(decodeReadingChoice(encodeReadingChoice(choice)).choice).toEqual(choice);
    const { choice: read, problems } = decodeReadingChoice('summer-pair:b,<script>,x:zz');
    expect(read).toEqual({ 'summer-pair': 'b' });
    expect(problems).toHaveLength(1);
    expect(validChoice(ds, { 'summer-pair': 'q', nope: 'a', 'last-tuesday': 'b' })).toEqual({
      choice: { 'last-tuesday': 'b' },
      dropped: ['summer-pair:q', 'nope:a'],
    });
  });
});
