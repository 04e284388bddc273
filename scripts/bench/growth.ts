/**
 * Growth: how the first drawn chart of each view, the heap after load and the longest main-thread task grow
 * from the shipped dataset to realistic datasets of 1k, 10k and 50k records (scripts/bench/generate-dataset.ts).
 * One production build is served; each dataset is handed to the page in place of data/dataset.json, so every
 * size runs the same code in the same run. Each view × size is loaded RUNS times in a fresh context (no
 * service worker, no cache) at 1× CPU; the median is reported, with the ratio to the shipped dataset.
 *   npm run bench -- --only growth        (BENCH_GROWTH_RUNS, BENCH_GROWTH_SIZES=1000,10000 to override)
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../chromium.config.ts';
import { REALISTIC_SIZES, writeRealisticDataset } from './generate-dataset.ts';
import { servePreview, systemChrome } from './lighthouse.ts';
import { buildApp } from './build.ts';

const RUNS = Number(process.env.BENCH_GROWTH_RUNS ?? 3);
const SIZES = (process.env.BENCH_GROWTH_SIZES?.split(',').map(Number) ?? [...REALISTIC_SIZES]).filter(
  (n) => n > 0,
);
const VIEWS = ['overview', 'escalation', 'timeline', 'scenarios'] as const;
/** Growth budgets from PRODUCT.md: first drawn chart at 10k ≤ 3× shipped, at 50k ≤ 8×; heap ≤ 3× JSON. */
const RATIO_BUDGET: Record<number, number> = { 10_000: 3, 50_000: 8 };
const HEAP_BUDGET = 3;
const LONG_TASK_BUDGET_MS = 200;
const TIMEOUT_MS = 180_000;

export interface GrowthCell {
  view: string;
  size: string;
  records: number;
  jsonBytes: number;
  /** Median ms from navigation start to the first chart drawn with marks. */
  firstChartMs: number;
  ratio: number;
  heapBytes: number;
  heapRatio: number;
  longestTaskMs: number;
  errors: string[];
  ok: boolean;
}

/** Installed before any page script: records when the first chart has marks and the longest task. */
const PROBE = `(() => {
  window.__bench = { firstChart: 0, longest: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const seen = () => {
    if (window.__bench.firstChart) return;
    const svg = document.querySelector('.chart-figure svg path, .chart-figure svg rect, .chart-figure svg line');
    if (svg) window.__bench.firstChart = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
})();`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
}

async function loadOnce(
  browser: Browser,
  url: string,
  view: string,
  body: Buffer,
): Promise<{ ms: number; heap: number; longest: number; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message.slice(0, 200)));
    await page.addInitScript(PROBE);
    await page.route('**/data/dataset.json*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(`${url}?view=${view}`, { timeout: TIMEOUT_MS });
    await page
      .waitForFunction(
        () => (window as unknown as { __bench: { firstChart: number } }).__bench.firstChart > 0,
        null,
        {
          timeout: TIMEOUT_MS,
          polling: 100,
        },
      )
      .catch(() => errors.push(`no chart drawn within ${TIMEOUT_MS / 1000} s`));
    const probe = await page.evaluate(
      () => (window as unknown as { __bench: { firstChart: number; longest: number } }).__bench,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { ms: probe.firstChart || Number.NaN, heap: usedSize, longest: probe.longest, errors };
  } finally {
    await context.close();
  }
}

export async function measureGrowth(root: string): Promise<{ lines: string[]; results: GrowthCell[] }> {
  const outDir = resolve(root, 'bench-results/growth-dist');
  buildApp(root, outDir);
  const files: [string, string][] = [['shipped', resolve(root, 'data/dataset.json')]];
  for (const n of SIZES) files.push([`${n / 1000}k`, writeRealisticDataset(root, n)]);
  const server = await servePreview(root, outDir, Number(process.env.BENCH_GROWTH_PORT ?? 4333));
  const browser = await chromium.launch({ executablePath: systemChrome(), args: CHROMIUM_ARGS });
  const cells: GrowthCell[] = [];
  try {
    const base: Record<string, number> = {};
    for (const [size, file] of files) {
      const body = readFileSync(file);
      const records = countRecords(body);
      for (const view of VIEWS) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, server.url, view, body));
        const ms = median(runs.map((r) => r.ms));
        const heap = median(runs.map((r) => r.heap));
        if (size === 'shipped') base[view] = ms;
        const ratio = ms / (base[view] ?? ms);
        const jsonBytes = statSync(file).size;
        const heapRatio = heap / jsonBytes;
        const longestTaskMs = Math.max(...runs.map((r) => r.longest));
        const errors = [...new Set(runs.flatMap((r) => r.errors))];
        const budget = RATIO_BUDGET[records >= 50_000 ? 50_000 : records >= 10_000 ? 10_000 : 0];
        const ok =
          errors.length === 0 &&
          Number.isFinite(ms) &&
          (budget === undefined || ratio <= budget) &&
          // The heap budget is about data, so it applies where data outweighs the app itself (10k and up).
          (budget === undefined || heapRatio <= HEAP_BUDGET) &&
          longestTaskMs <= LONG_TASK_BUDGET_MS;
        cells.push({
          view,
          size,
          records,
          jsonBytes,
          firstChartMs: ms,
          ratio,
          heapBytes: heap,
          heapRatio,
          longestTaskMs,
          errors,
          ok,
        });
        console.log(
          `growth: ${view} @ ${size}: ${ms.toFixed(0)} ms (${ratio.toFixed(2)}×), heap ${(heap / 1e6).toFixed(1)} MB, longest task ${longestTaskMs.toFixed(0)} ms${errors.length ? `, ERRORS ${errors.join('; ')}` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return { lines: growthTable(cells), results: cells };
}

function countRecords(body: Buffer): number {
  const d = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  return ['actors', 'tariffMeasures', 'tradeMeasures', 'events', 'metrics', 'claims', 'scenarios'].reduce(
    (n, c) => n + (Array.isArray(d[c]) ? (d[c] as unknown[]).length : 0),
    0,
  );
}

/** The table the README shows: first drawn chart per view × size with the growth ratio. */
export function growthTable(cells: GrowthCell[]): string[] {
  const sizes = [...new Set(cells.map((c) => c.size))];
  const head = `| view | ${sizes
    .map((s) => {
      const c = cells.find((x) => x.size === s)!;
      return `${s} (${c.records.toLocaleString('en')} records, ${(c.jsonBytes / 1e6).toFixed(1)} MB)`;
    })
    .join(' | ')} |`;
  const rows = VIEWS.map(
    (v) =>
      `| ${v} | ${sizes
        .map((s) => {
          const c = cells.find((x) => x.view === v && x.size === s);
          if (!c) return '–';
          const heap = s === 'shipped' ? '' : `, heap ${c.heapRatio.toFixed(1)}× JSON`;
          return `${c.firstChartMs.toFixed(0)} ms (${c.ratio.toFixed(2)}×${heap}, longest task ${c.longestTaskMs.toFixed(0)} ms)${c.ok ? '' : ' **OVER**'}`;
        })
        .join(' | ')} |`,
  );
  const verdict = cells.every((c) => c.ok)
    ? 'growth: every view × size within budget OK'
    : `growth: ${cells.filter((c) => !c.ok).length} view × size cells OVER budget`;
  return [head, `|---|${sizes.map(() => '---').join('|')}|`, ...rows, verdict];
}
