import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The layers are enforced by lint (scripts/layers.js through eslint.config.js): a file placed in a layer that
 * imports one above it is reported, and so is an import cycle. These lint in-memory files with the project's
 * own ESLint config, so removing a rule or a zone fails here.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('layer rules in lint', { timeout: 60_000 }, () => {
  it('lets a bottom-layer file import the bottom layer', async () => {
    const ids = await ruleIds(
      'app/lib/layer-fixture.ts',
      "import { isoToTime } from './dates.ts';\nexport const t = isoToTime('2025-01-01');\n",
    );
    expect(ids).toEqual([]);
  });

  it('reports lib/ importing a store', async () => {
    const ids = await ruleIds(
      'app/lib/layer-fixture.ts',
      "import { viewActions } from '../state/view-store.ts';\nexport const open = viewActions;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('reports data/ importing a chart and domain/ importing the scenario engine', async () => {
    expect(
      await ruleIds(
        'app/data/layer-fixture.ts',
        "import { buildLaneItems } from '../charts/events-lane/build-lane.ts';\nexport const b = buildLaneItems;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'app/domain/layer-fixture.ts',
        "import { runScenarios } from '../scenarios/engine.ts';\nexport const r = runScenarios;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('reports a chart reading a store, a feature importing another and a feature importing the routes', async () => {
    expect(
      await ruleIds(
        'app/charts/delta/layer-fixture.ts',
        "import { useViewActions } from '../../state/view-store.ts';\nexport const u = useViewActions;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'app/features/timeline/layer-fixture.ts',
        "import { listRounds } from '../negotiations/rounds.ts';\nexport const l = listRounds;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'app/features/briefing/layer-fixture.tsx',
        "import { VIEW_COMPONENTS } from '../../routes.tsx';\nexport const v = VIEW_COMPONENTS;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('reports a chart or view comparing a status string instead of calling data/status.ts', async () => {
    const code = "export const on = (m: { status: string }) => m.status === 'in-force';\n";
    expect(await ruleIds('app/charts/delta/status-fixture.ts', code)).toContain('no-restricted-syntax');
    expect(await ruleIds('app/features/overview/status-fixture.ts', code)).toContain('no-restricted-syntax');
    expect(await ruleIds('app/data/status-fixture.ts', code)).toEqual([]);
  });

  it('reports an import cycle', async () => {
    // data/status.ts imports lib/dates.ts, so dates.ts importing status.ts closes a cycle.
    const ids = await ruleIds(
      'app/lib/dates.ts',
      "import { tariffStatusOn } from '../data/status.ts';\nexport const s = tariffStatusOn;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });
});
