/**
 * Profiles one view's first load on a realistic dataset with the CDP Profiler (a diagnosis aid, not a budget):
 *   npx tsx scripts/bench/profile-view.ts escalation 10000     (PROFILE_DIST=<dir> to reuse a build)
 * Builds the app unminified (function names kept), loads the view with the dataset in place of
 * data/dataset.json, and prints the self time and total time of the heaviest functions, the heap after load
 * and the longest task. Writes bench-results/profile-<view>-<n>.cpuprofile (open in Chrome DevTools).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../chromium.config.ts';
import { writeRealisticDataset } from './generate-dataset.ts';
import { servePreview, systemChrome } from './lighthouse.ts';

const root = resolve(import.meta.dirname, '../..');
const view = process.argv[2] ?? 'escalation';
const n = Number(process.argv[3] ?? 10_000);
const outDir = process.env.PROFILE_DIST ?? resolve(root, 'bench-results/profile-dist');
if (!process.env.PROFILE_DIST) {
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('build failed');
}
const file = resolve(root, `bench-results/realistic-${n}.json`);
if (!existsSync(file)) writeRealisticDataset(root, n);
const body = readFileSync(file);
const server = await servePreview(root, outDir, Number(process.env.PROFILE_PORT ?? 4346));
const browser = await chromium.launch({ executablePath: systemChrome(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.addInitScript(`(() => { window.__b = { first: 0, longest: 0 };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__b.longest = Math.max(window.__b.longest, e.duration); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => { if (!window.__b.first && document.querySelector('.chart-figure svg path, .chart-figure svg rect, .chart-figure svg line')) window.__b.first = performance.now(); }).observe(document, { subtree: true, childList: true }); })();`);
  await page.route('**/data/dataset.json*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}?view=${view}`, { timeout: 180_000 });
  await page.waitForFunction(() => (window as unknown as { __b: { first: number } }).__b.first > 0, null, {
    timeout: 180_000,
    polling: 100,
  });
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const b = await page.evaluate(() => (window as unknown as { __b: { first: number; longest: number } }).__b);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const counts = await page.evaluate(() => ({
    nodes: document.querySelectorAll('*').length,
    svgNodes: document.querySelectorAll('svg *').length,
    refAreas: document.querySelectorAll('.recharts-reference-area').length,
    refLines: document.querySelectorAll('.recharts-reference-line').length,
    points: document.querySelectorAll('.tsc-point').length,
    turning: document.querySelectorAll('.tsc-turning').length,
    lines: document.querySelectorAll('.recharts-line').length,
  }));
  writeFileSync(resolve(root, `bench-results/profile-${view}-${n}.cpuprofile`), JSON.stringify(profile));
  console.log(
    `${view} @ ${n}: first chart ${b.first.toFixed(0)} ms, longest task ${b.longest.toFixed(0)} ms, heap ${(usedSize / 1e6).toFixed(1)} MB = ${(usedSize / body.length).toFixed(1)}× JSON, DOM ${JSON.stringify(counts)}`,
  );
  summarise(profile);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}
function summarise(p: Profile): void {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const self = new Map<number, number>();
  p.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const key = (x: Node) =>
    `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    const x = byId.get(id)!;
    selfBy.set(key(x), (selfBy.get(key(x)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${f}`)
      .join('\n');
  console.log(`self time:\n${top(selfBy, 30)}\ntotal time:\n${top(totalBy, 60)}`);
}
