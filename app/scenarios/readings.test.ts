import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/test-factories.ts';
import { datasetUnderReadings } from '../domain/readings.ts';
import { bottomLineScenarios, bottomLineText, computeDuty, dutyBottomLine, dutyPaths } from './duty.ts';
import { runScenarios } from './engine.ts';

const ds = shippedDataset();

describe('the duty calculator under readings', () => {
  const duty = (choice: Readonly<Record<string, string>>, date = '2025-09-15') => {
    const data = datasetUnderReadings(ds, choice);
    const out = runScenarios({ dataset: data, active: [], customSteps: [], comparison: null });
    const lines = computeDuty({
      value: 10_000,
      date,
      imposerId: 'us',
      targetId: 'china',
      baseline: out.baseline,
      paths: dutyPaths(data, out, []),
    });
    const documented = dutyBottomLine({
      stored: ds,
      choice,
      value: 10_000,
      date,
      imposerId: 'us',
      targetId: 'china',
    });
    return bottomLineText({ ...documented, scenarios: bottomLineScenarios(lines) }, 'A $10,000 shipment');
  };
  it("gives each reading's result while the summer pair is open, one under a picked reading", () => {
    const open = duty({});
    expect(open).toContain('$1,000 (10% headline rate) under reading A of “Summer 2025');
    expect(open).toContain('or $3,000 (30% headline rate) under reading B of “Summer 2025');
    const picked = duty({ 'summer-pair': 'b' });
    expect(picked).toMatch(
      /^A \$10,000 shipment pays \$3,000 \(30% headline rate\), computed with Summer 2025/,
    );
    expect(picked).not.toContain('$1,000');
    expect(duty({ 'summer-pair': 'a' })).not.toContain('$3,000');
  });

  it('names only the readings that decide the figure on the date, and says where the evidence ends', () => {
    // In spring no reading changes the US rate: one result, no reading named (it is dated to a season).
    expect(duty({}, '2025-04-01')).toBe(
      'A $10,000 shipment pays $14,500 (145% headline rate, which may not apply yet on this date).',
    );
    // After the last document the rate is "in force when last documented", and what the 57% measures decides
    // the figure too: three results, each with the readings it holds under.
    const late = duty({}, '2026-12-03');
    expect(late).toContain('in force when last documented c. 31 Oct 2025');
    expect(late).toContain(
      '$5,700 (57% headline rate, in force when last documented c. 31 Oct 2025) under reading B of “What the 57% and 47% measure”',
    );
    expect(late.match(/; /g)).toHaveLength(2);
  });
});
