import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// DATASET_FILE swaps in another dataset at dev/build time (the benchmark's generated dataset uses it).
const DATASET_FILE = resolve(process.env.DATASET_FILE ?? resolve(import.meta.dirname, 'data/dataset.json'));
const DATASET_URL = '/data/dataset.json';

/**
 * The curated dataset lives in data/ (one source of truth, edited by curators) and is fetched at runtime,
 * so it is served in dev and emitted into the build rather than copied into public/.
 */
function serveDataset(): Plugin {
  return {
    name: 'serve-dataset',
    configureServer(server) {
      server.middlewares.use(DATASET_URL, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(DATASET_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_URL.slice(1), source: readFileSync(DATASET_FILE) });
    },
  };
}

export default defineConfig({
  root: 'app',
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [react(), serveDataset()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
