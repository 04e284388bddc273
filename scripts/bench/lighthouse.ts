import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../../chromium.config.ts';

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** The system Chromium (see chromium.config.ts). */
export const systemChrome = systemChromium;

async function waitForServer(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

/** Serves a build with vite preview on a free port (outDir is taken from `root`: Vite would read a relative one from app/). */
export async function servePreview(
  root: string,
  outDir: string,
  port: number,
): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      resolve(root, outDir),
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url);
  return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}

/** Lighthouse (mobile, simulated throttling) category scores for one URL. */
export async function runLighthouse(url: string): Promise<Record<string, number>> {
  const chromePath = systemChrome();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('lighthouse returned no result');
    const scores: Record<string, number> = {};
    for (const [id, cat] of Object.entries(result.lhr.categories)) scores[id] = cat.score ?? 0;
    return scores;
  } finally {
    await chrome.kill();
  }
}
