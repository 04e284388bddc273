import { spawnSync } from 'node:child_process';

/** Builds the app into `outDir` (optionally on another dataset file, via DATASET_FILE). */
export function buildApp(root: string, outDir: string, datasetFile?: string): void {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(datasetFile ? { DATASET_FILE: datasetFile } : {}) },
  });
  if (r.status !== 0) throw new Error(`vite build into ${outDir} failed`);
}
