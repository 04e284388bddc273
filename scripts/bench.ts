/**
 * npm run bench: measures the budgets in ../shared/PRODUCT.md on this machine and writes
 * bench-results/bench.json. Budgets are measured here, never by timed unit tests.
 *   --only bundle,lighthouse,toggle,growth   run a subset
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundle } from './bench/bundle-size.ts';
import { runLighthouse, servePreview } from './bench/lighthouse.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = new Set((values.only ?? 'bundle,lighthouse,toggle,growth').split(','));
const results: Record<string, unknown> = { date: new Date().toISOString() };
const verdicts: string[] = [];
mkdirSync(resolve(root, 'bench-results'), { recursive: true });

if (only.has('bundle') || only.has('lighthouse')) {
  const b = await measureBundle(root);
  results.bundle = b;
  verdicts.push(
    `first-view JS gzip (${b.files.length} files loaded): ${(b.app / 1024).toFixed(1)} KB vs floor ${(b.floor / 1024).toFixed(1)} KB = ${b.ratio.toFixed(2)}× (budget ≤ 1.15×) ${b.ratio <= 1.15 ? 'OK' : 'OVER'}`,
  );
}

if (only.has('lighthouse')) {
  const server = await servePreview(root, resolve(root, 'bench-results/app-dist'), 4319);
  try {
    const scores = await runLighthouse(server.url);
    results.lighthouse = scores;
    const p = scores.performance ?? 0;
    const a = scores.accessibility ?? 0;
    const bp = scores['best-practices'] ?? 0;
    verdicts.push(
      `lighthouse mobile: performance ${p.toFixed(2)} (≥ 0.98) ${p >= 0.98 ? 'OK' : 'LOW'}, accessibility ${a.toFixed(2)} (= 1.00) ${a >= 1 ? 'OK' : 'LOW'}, best practices ${bp.toFixed(2)} (≥ 0.95) ${bp >= 0.95 ? 'OK' : 'LOW'}`,
    );
  } finally {
    server.stop();
  }
}

if (only.has('toggle')) {
  try {
    // The toggle-latency benchmark lives with the scenario engine's work; it is optional until it exists.
    const modulePath = './bench/toggle-latency.ts';
    const mod = (await import(modulePath)) as {
      measureToggleLatency: (root: string) => Promise<{ lines: string[]; results: unknown }>;
    };
    const t = await mod.measureToggleLatency(root);
    results.toggle = t.results;
    verdicts.push(...t.lines);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND')
      verdicts.push('toggle latency: not measured (scripts/bench/toggle-latency.ts missing)');
    else throw e;
  }
}

if (only.has('growth')) {
  const { measureGrowth } = await import('./bench/growth.ts');
  const g = await measureGrowth(root);
  results.growth = g.results;
  verdicts.push(...g.lines);
}

results.machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
verdicts.unshift(`bench ${String(results.date)} on ${String(results.machine)}`);

writeFileSync(resolve(root, 'bench-results/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(verdicts.join('\n'));
