import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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
  plugins: [
    react(),
    serveDataset(),
    // Offline in a briefing room: the app shell and every view chunk are precached; the dataset goes
    // network-first (new data shows when online, the last copy when not). It is not precached, because a
    // precache route would always win over the network-first rule; the app warms its cache instead as soon
    // as the service worker controls the page (app/lib/offline.ts). The worker is registered after load,
    // from a lazily loaded chunk, so it costs the first view nothing.
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        globIgnores: ['data/**'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // A RegExp, not a function: generateSW serialises this into the worker, where closures do not exist.
            urlPattern: /\/data\/dataset\.json(\?.*)?$/,
            handler: 'NetworkFirst',
            options: {
              cacheName: 'tsd-dataset',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 4 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
