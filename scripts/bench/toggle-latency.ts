/**
 * Toggle-to-updated-chart latency in Chromium at 4× CPU throttling, on the shipped dataset and on 10,000
 * realistic records (scripts/bench/generate-dataset.ts: copies of the shipped records, every date precision,
 * notes, readings, several quotes). For each, the app is built, served with vite preview and driven
 * by Playwright: a scenario switch is clicked N times; in the page, the time runs from the pointerdown to the
 * second animation frame after a MutationObserver saw the scenario chart change (i.e. the change was painted).
 *   npm run bench -- --only toggle          (BENCH_TOGGLE_CLICKS, BENCH_TOGGLE_PORT to override)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Dataset } from '../../app/data/schema.ts';
import { servePreview, systemChrome } from './lighthouse.ts';
import { writeRealisticDataset } from './generate-dataset.ts';
import { buildApp } from './build.ts';

const CLICKS = Number(process.env.BENCH_TOGGLE_CLICKS ?? 40);
const WARMUP = 3;
/** PRODUCT.md: ≤ 50 ms p95 on the shipped dataset and on 10,000 realistic records. */
const TARGETS = { shipped: 50, 'realistic 10k': 50 } as const;

interface Run {
  dataset: keyof typeof TARGETS;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  target: number;
  ok: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function measure(url: string, presetTitle: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: systemChrome(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${url}?view=scenarios`);
    const toggle = page.getByRole('switch', { name: presetTitle });
    await toggle.waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __toggleLatency: number[] };
      w.__toggleLatency = [];
      const chart = document.querySelector('[data-testid="scenario-chart"]');
      if (!chart) throw new Error('no scenario chart on the page');
      let start = 0;
      document.addEventListener('pointerdown', () => (start = performance.now()), true);
      new MutationObserver(() => {
        if (!start) return;
        const s = start;
        start = 0;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => w.__toggleLatency.push(performance.now() - s)),
        );
      }).observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (let i = 0; i < CLICKS + WARMUP; i++) {
      await toggle.click();
      await page.waitForFunction(
        (n) => (window as unknown as { __toggleLatency: number[] }).__toggleLatency.length >= n,
        i + 1,
        {
          timeout: 30_000,
        },
      );
      await page.waitForTimeout(50);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const all = await page.evaluate(
      () => (window as unknown as { __toggleLatency: number[] }).__toggleLatency,
    );
    return all.slice(WARMUP);
  } finally {
    await browser.close();
  }
}

export async function measureToggleLatency(root: string): Promise<{ lines: string[]; results: unknown }> {
  const port = Number(process.env.BENCH_TOGGLE_PORT ?? 4331);
  const generated = writeRealisticDataset(root, 10_000);
  const runs: Run[] = [];
  for (const [name, file] of [
    ['shipped', resolve(root, 'data/dataset.json')],
    ['realistic 10k', generated],
  ] as const) {
    const outDir = resolve(root, name === 'shipped' ? 'bench-results/scn-shipped' : 'bench-results/scn-gen');
    buildApp(root, outDir, name === 'shipped' ? undefined : file);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    const preset = data.scenarios[0];
    if (!preset) throw new Error(`${name} dataset has no scenario presets to toggle`);
    const server = await servePreview(root, outDir, port);
    try {
      const samples = (await measure(server.url, preset.title)).sort((a, b) => a - b);
      const target = TARGETS[name];
      const p95 = percentile(samples, 95);
      runs.push({
        dataset: name,
        samples: samples.length,
        p50: percentile(samples, 50),
        p95,
        max: samples[samples.length - 1] ?? Number.NaN,
        target,
        ok: p95 <= target,
      });
    } finally {
      server.stop();
    }
  }
  const lines = runs.map(
    (r) =>
      `toggle latency (${r.dataset}, 4× CPU throttling, ${r.samples} toggles): p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (budget ≤ ${r.target} ms) ${r.ok ? 'OK' : 'OVER'}`,
  );
  return { lines, results: { clicks: CLICKS, throttling: 4, runs } };
}
