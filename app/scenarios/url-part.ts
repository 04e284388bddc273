import type { UrlStore } from '../lib/url-params.ts';
import { DEFAULT_SCENARIO_URL_STATE, type ScenarioUrlState } from './codec.ts';
import { getScenarioState, keepStepsBeforeLink, scenarioActions, subscribeScenarioState } from './store.ts';
import { raiseNotice } from '../state/notices-store.ts';

/**
 * The scenario store as the URL table (`app/url-table.ts`) sees it. A link that mentions scenarios defines
 * the whole scenario state (so a recipient sees exactly what the sender saw); a link that does not leaves
 * the locally saved custom steps alone. When a link replaces the user's own custom steps, those are kept
 * aside (every set kept, never overwritten by the next link) and the scenarios view offers them back.
 */
export const scenarioUrlStore: UrlStore<ScenarioUrlState> = {
  name: 'scenarios',
  get: getScenarioState,
  apply: (values, present) => {
    if (present.size === 0) return [];
    const state: ScenarioUrlState = { ...DEFAULT_SCENARIO_URL_STATE, ...values };
    const mine = getScenarioState().customSteps;
    const same = JSON.stringify(mine) === JSON.stringify(state.customSteps);
    if (!same && mine.length > 0) {
      keepStepsBeforeLink(mine);
      raiseNotice(
        'info',
        `This link brings its own scenario steps. Your ${mine.length} saved custom step${mine.length === 1 ? ' was' : 's were'} kept aside: restore ${mine.length === 1 ? 'it' : 'them'} from the Scenarios view.`,
      );
    }
    scenarioActions().urlRestored(state);
    return [];
  },
  patch: (values) => scenarioActions().urlPatched(values),
  // The link follows a toggle once the browser is idle: writing history costs a toggle several ms (≈ 8 ms at
  // 4× CPU throttling) before the new path could paint, and a burst of toggles needs one write, not one each.
  subscribe: (onChange) => subscribeScenarioState(whenIdle(onChange)),
};

/** Wraps `fn` so that calls run it once, when the browser is next idle (within half a second at the latest). */
function whenIdle(fn: () => void): () => void {
  let pending = false;
  const run = () => {
    pending = false;
    fn();
  };
  return () => {
    if (pending) return;
    pending = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 50);
  };
}
