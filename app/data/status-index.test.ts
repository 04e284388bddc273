import { describe, expect, it } from 'vitest';
import { generateRealisticDataset } from '../../scripts/bench/generate-dataset.ts';
import { hasTakenEffect, statusOnDate, tariffReplacements, tariffStatusOn } from './status.ts';
import type { TariffMeasure } from './schema.ts';
import { shippedDataset } from './test-factories.ts';

/** The rule as written, by a scan of the whole list: what the index must agree with. */
function replacementsByScan(m: TariffMeasure, all: readonly TariffMeasure[]): TariffMeasure[] {
  return all
    .filter(
      (o) =>
        o.id !== m.id &&
        hasTakenEffect(o.status) &&
        (o.replacesId === m.id ||
          (o.imposerId === m.imposerId &&
            o.targetId === m.targetId &&
            o.basis === m.basis &&
            o.date.start > m.date.end)),
    )
    .sort((a, b) => a.date.start.localeCompare(b.date.start));
}

describe('tariff replacements, indexed once per dataset', () => {
  // Realistic records: coarse and exact dates, overlapping copies, replacements named by id.
  const data = generateRealisticDataset(shippedDataset(), 1_500);
  const all = data.tariffMeasures;

  it('finds exactly the replacements the rule names', () => {
    for (const m of all) {
      expect(tariffReplacements(m, all).map((r) => r.id)).toEqual(
        replacementsByScan(m, all).map((r) => r.id),
      );
    }
  });

  it('gives every measure the same state on a date as the rule applied to the whole list', () => {
    const dates = ['2016-03-01', '2019-07-15', '2025-04-20', '2025-08-01', '2025-11-02', '2026-06-30'];
    for (const date of dates) {
      for (const m of all) {
        expect(tariffStatusOn(m, all, date)).toEqual(statusOnDate(m, replacementsByScan(m, all), date));
      }
    }
  });
});
