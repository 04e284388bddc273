// The layers of app/ (README, "Architecture"), as import-x/no-restricted-paths zones. eslint.config.js applies
// them; scripts/layers.test.ts checks that lint reports an import against them. A zone's `target` is the
// importing files, `from` what they may not import. Paths are relative to the repository root.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FEATURES_DIR = fileURLToPath(new URL('../app/features', import.meta.url));

/** The folders above the bottom layer (lib/, data/): the bottom imports none of them. */
const ABOVE_BOTTOM = [
  'state',
  'components',
  'charts',
  'features',
  'scenarios',
  'briefing',
  'workspace',
  'readings',
];

/** The wiring files at app/'s top: nothing in a layer imports them (url-table.ts is read by lib/url-sync). */
const WIRING = [
  'app/main.tsx',
  'app/app.tsx',
  'app/providers.tsx',
  'app/routes.tsx',
  'app/viewed-data-provider.tsx',
];

const features = readdirSync(FEATURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** @type {{ target: string | string[]; from: string | string[]; except?: string[]; message: string }[]} */
export const layerZones = [
  ...['lib', 'data'].map((bottom) => ({
    target: `app/${bottom}`,
    from: [...ABOVE_BOTTOM.map((folder) => `app/${folder}`), ...WIRING],
    message: `app/${bottom}/ is the bottom layer: it imports only lib/, data/ and domain/ (README, "Architecture").`,
  })),
  {
    target: 'app/domain',
    from: [...ABOVE_BOTTOM.map((folder) => `app/${folder}`), ...WIRING, 'app/url-table.ts'],
    message: 'domain/ depends on data/ and lib/ only (README, "Architecture").',
  },
  {
    target: 'app/charts',
    from: ['app/state', 'app/features', ...WIRING],
    message: 'Charts get data and callbacks as props: no stores, no features (README, "Architecture").',
  },
  {
    target: 'app/scenarios',
    from: ['app/charts', 'app/features', ...WIRING],
    message:
      'The scenario engine is domain: it does not depend on a chart or a view (README, "Architecture").',
  },
  {
    target: 'app/features',
    from: WIRING,
    message: 'Features never import the route table or the app wiring; compose at the app level.',
  },
  ...features.map((feature) => ({
    target: `app/features/${feature}`,
    from: features.filter((other) => other !== feature).map((other) => `app/features/${other}`),
    message: 'Features never import each other: move what they share to components/, charts/ or domain/.',
  })),
];
