import { registerUrlPart } from '../lib/url-sync.ts';
import { decodeScenarioState, encodeScenarioState, hasScenarioParams } from './codec.ts';
import { getScenarioState, keepStepsBeforeLink, scenarioActions, subscribeScenarioState } from './store.ts';
import { raiseNotice } from '../state/notices-store.ts';

/**
 * Puts the scenario state in permalinks. Imported by main.tsx before startUrlSync(). A link that mentions
 * scenarios defines the whole scenario state (so a recipient sees exactly what the sender saw); a link that
 * does not leaves the locally saved custom steps alone. When a link replaces the user's own custom steps,
 * those are kept aside (BEFORE_LINK_KEY) and the scenarios view offers to bring them back.
 */
registerUrlPart({
  write: (params) => encodeScenarioState(getScenarioState(), params),
  read: (params) => {
    if (!hasScenarioParams(params)) return [];
    const { state, problems } = decodeScenarioState(params);
    const mine = getScenarioState().customSteps;
    const same = JSON.stringify(mine) === JSON.stringify(state.customSteps);
    if (!same && mine.length > 0) {
      keepStepsBeforeLink(mine);
      raiseNotice(
        'info',
        `This link brings its own scenario steps. Your ${mine.length} saved custom step${mine.length === 1 ? ' was' : 's were'} kept aside: restore them from the Scenarios view.`,
      );
    }
    scenarioActions().urlRestored(state);
    return problems;
  },
  subscribe: (onChange) => subscribeScenarioState(onChange),
});
