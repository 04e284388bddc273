import { describe, expect, it } from 'vitest';
import { day, makeDataset, makePreset, makeTariff } from '../data/test-factories.ts';
import { runScenarios } from './engine.ts';
import { compareWord, scenarioChanges, scenarioSummary } from './summary.ts';

function dataset() {
  const d = makeDataset({ tariffs: [makeTariff({ id: 'tm-1', rate: 10, date: day('2025-06-01') })] });
  d.scenarios = [
    makePreset({
      id: 'p-1',
      title: 'Threat',
      steps: [
        { date: '2025-11-01', imposerId: 'us', targetId: 'china', rate: 100, basis: 'headline', label: 'x' },
      ],
    }),
    makePreset({
      id: 'p-2',
      title: 'Other',
      steps: [
        { date: '2025-11-01', imposerId: 'us', targetId: 'china', rate: 145, basis: 'headline', label: 'y' },
      ],
    }),
  ];
  return d;
}
const name = (id: string) => id.toUpperCase();

describe('scenario summary', () => {
  it('says documented rates only when nothing is on', () => {
    const out = runScenarios({ dataset: dataset(), active: [], customSteps: [], comparison: null });
    expect(scenarioSummary(out, name)).toMatch(/^Documented rates only/);
  });

  it('names the change, the toggle that made it and the documented rate it replaces', () => {
    const out = runScenarios({ dataset: dataset(), active: ['p-1'], customSteps: [], comparison: null });
    expect(scenarioSummary(out, name)).toBe(
      'Scenario A, not documented fact: US on CHINA headline rate 100% from 1 Nov 2025 (Threat; documented 10%).',
    );
  });

  it('reports a step overridden by a later toggle on the same date', () => {
    const out = runScenarios({
      dataset: dataset(),
      active: ['p-2', 'p-1'],
      customSteps: [],
      comparison: null,
    });
    const changes = scenarioChanges(out, out.a);
    expect(changes.find((c) => c.step.sourceId === 'p-1')).toMatchObject({ applied: false });
    expect(changes.find((c) => c.step.sourceId === 'p-1')!.overriddenBy!.sourceId).toBe('p-2');
    expect(scenarioSummary(out, name)).toContain('145%');
    expect(scenarioSummary(out, name)).not.toContain('100%');
  });

  it('compares rates in words', () => {
    expect(compareWord(10, 100)).toBe('higher in B');
    expect(compareWord(100, 10)).toBe('lower in B');
    expect(compareWord(10, 10)).toBe('same');
  });
});
