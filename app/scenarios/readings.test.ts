import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/test-factories.ts';
import { datasetUnderReadings } from '../domain/readings.ts';
import { computeDuty, dutyPaths, dutySummary } from './duty.ts';
import { runScenarios } from './engine.ts';

const ds = shippedDataset();

describe('the duty calculator under readings', () => {
  const duty = (choice: Record<string, string>) => {
    const data = datasetUnderReadings(ds, choice);
    const out = runScenarios({ dataset: data, active: [], customSteps: [], comparison: null });
    const lines = computeDuty({
      value: 10_000,
      date: '2025-09-15',
      imposerId: 'us',
      targetId: 'china',
      baseline: out.baseline,
      paths: dutyPaths(data, out, []),
    });
    return dutySummary(lines);
  };

  it('gives both results while the summer pair is open, one under a picked reading', () => {
    expect(duty({})).toContain('documented duty $1,000 or $3,000');
    expect(duty({ 'summer-pair': 'a' })).toContain('documented duty $1,000');
    expect(duty({ 'summer-pair': 'a' })).not.toContain('or $3,000');
    expect(duty({ 'summer-pair': 'b' })).toContain('documented duty $3,000');
  });
});
