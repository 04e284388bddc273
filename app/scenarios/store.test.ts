import { describe, expect, it } from 'vitest';
import type { ScenarioStep } from '../data/schema.ts';
import { getScenarioState, scenarioActions, subscribeScenarioState } from './store.ts';

const step: ScenarioStep = {
  date: '2026-01-01',
  imposerId: 'us',
  targetId: 'china',
  rate: 20,
  basis: 'headline',
  label: 'mine',
};

describe('scenario store', () => {
  it('numbers custom steps once and never reuses a number after a removal', () => {
    const a = scenarioActions();
    a.urlRestored({
      active: [],
      customSteps: [],
      comparison: null,
      dutyValue: null,
      dutyDate: null,
      dutyDirection: null,
    });
    a.customStepAdded(step);
    a.customStepAdded({ ...step, rate: 30 });
    a.customStepRemoved(2);
    a.customStepAdded({ ...step, rate: 40 });
    expect(getScenarioState().customSteps.map((s) => [s.n, s.rate])).toEqual([
      [1, 20],
      [3, 40],
    ]);
    a.customStepEdited(3, { ...step, rate: 45 });
    expect(getScenarioState().customSteps[1]).toMatchObject({ n: 3, rate: 45 });
  });

  it('toggles presets on and off and tells url-sync about every change', () => {
    const a = scenarioActions();
    let calls = 0;
    const stop = subscribeScenarioState(() => calls++);
    a.scenarioToggled('p-1');
    a.scenarioToggled('p-2');
    a.scenarioToggled('p-1');
    expect(getScenarioState().active).toEqual(['p-2']);
    a.comparisonChosen([]);
    expect(getScenarioState().comparison).toBeNull();
    stop();
    expect(calls).toBe(3);
  });

  it('a link with steps numbered high does not make new steps collide with them', () => {
    const a = scenarioActions();
    a.urlRestored({
      active: [],
      customSteps: [{ ...step, n: 9 }],
      comparison: null,
      dutyValue: null,
      dutyDate: null,
      dutyDirection: null,
    });
    a.customStepAdded(step);
    expect(getScenarioState().customSteps.map((s) => s.n)).toEqual([9, 10]);
  });
});
