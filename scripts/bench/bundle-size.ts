import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** Gzip bytes of the JavaScript a first visit downloads: the entry chunk and its static imports. */
export function initialJsGzip(outDir: string): number {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
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
export async function measureBundle(root: string): Promise<{ floor: number; app: number; ratio: number }> {
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
  const app = initialJsGzip(appOut);
  return { floor, app, ratio: app / floor };
}
