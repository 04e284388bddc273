import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderShell } from './scripts/prerender-shell.ts';

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

/**
 * The Content-Security-Policy the build ships: no inline script, no eval, nothing from another origin.
 * Written once here, into a <meta> of index.html and into dist/_headers (Netlify, Cloudflare Pages and the
 * like send it as a header, with the directives a <meta> cannot carry). Dev is left alone: Vite's dev
 * server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The dataset worker is a module file of the build; blob: for browsers that start it from one.
  "worker-src 'self' blob:",
  // Inline style attributes are needed: charts and the SVG/PNG export set them (styles cannot run code).
  "style-src 'self' 'unsafe-inline'",
  // Chart exports draw the SVG into an image (blob: and data: URLs) to make the PNG.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      const headers = [
        '/*',
        `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '',
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: '_headers', source: headers });
    },
  };
}

export default defineConfig({
  root: 'app',
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [
    react(),
    serveDataset(),
    contentSecurityPolicy(),
    // The first view's headline as static HTML in index.html, replaced by React (scripts/prerender-shell.ts).
    prerenderShell(DATASET_FILE),
    // Offline in a briefing room: the app shell and every view chunk are precached; the dataset goes
    // network-first (new data shows when online, the last copy when not). It is not precached, because a
    // precache route would always win over the network-first rule; the app warms its cache instead as soon
    // as the service worker controls the page (app/lib/offline.ts). The worker is registered after load,
    // from a lazily loaded chunk, so it costs the first view nothing.
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'autoUpdate',
      // Installable: the manifest (with icons, including a maskable one) is written by the plugin and linked
      // from index.html.
      manifest: {
        name: 'Tariffs & Sanctions Dashboard',
        short_name: 'Tariffs & Sanctions',
        description:
          'Tariffs, sanctions and export controls between the US, China and Russia: every figure with its source.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#1f2937',
        theme_color: '#1f2937',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
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
