import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { servePreview, systemChrome } from './lighthouse.ts';
import { CHROMIUM_ARGS } from '../../chromium.config.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** Gzip bytes of the JavaScript a first visit downloads: the entry chunk and its static imports. */
export function initialJsGzip(outDir: string): number {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error(`no entry chunk in ${outDir}`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    manifest[key]?.imports?.forEach(visit);
  };
  visit(entry[0]);
  let total = 0;
  for (const key of seen) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js')) total += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  }
  return total;
}

/** Builds the floor app and the dashboard in this run and compares their initial JS. */
export async function measureBundle(
  root: string,
): Promise<{ floor: number; app: number; ratio: number; files: string[] }> {
  const floorOut = resolve(root, 'bench-results/floor-dist');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(root, 'bench/floor'),
    plugins: [react()],
    build: { outDir: floorOut, emptyOutDir: true, manifest: true, target: 'es2022' },
  });
  const appOut = resolve(root, 'bench-results/app-dist');
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: appOut, emptyOutDir: true, manifest: true },
  });
  const floor = initialJsGzip(floorOut);
  const firstView = await firstViewJsGzip(root, appOut);
  return { floor, app: firstView.bytes, ratio: firstView.bytes / floor, files: firstView.files };
}

/**
 * Gzip bytes of every script the first view actually loads in Chromium (entry, static imports and the lazy
 * chunks the first view pulls in), measured from the built files the page requested. This is what the budget
 * means by "initial JavaScript of the first view"; the entry-only figure would miss a lazily loaded chart.
 */
export async function firstViewJsGzip(
  root: string,
  outDir: string,
  port = 4318,
): Promise<{ bytes: number; files: string[] }> {
  const server = await servePreview(root, outDir, port);
  const browser = await chromium.launch({
    executablePath: systemChrome(),
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path.endsWith('.js')) files.add(path.slice(1));
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const f of files) bytes += gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length;
    return { bytes, files: [...files].sort() };
  } finally {
    await browser.close();
    server.stop();
  }
}
