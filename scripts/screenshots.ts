/**
 * Screenshots of every view at 1440×900 and 375×812 in the light, dark and high-contrast themes, taken from
 * the production build (run `npm run build` first) into docs/screens/. The first screen only, so the files
 * show what a reader sees on arrival and stay small. `npm run screenshots [-- --port 4205]`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.config.ts';
import { VIEWS } from '../app/state/view-state.ts';
import { servePreview } from './bench/lighthouse.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '4205' } } });
const out = resolve(root, 'docs/screens');
mkdirSync(out, { recursive: true });

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;
const THEMES = ['light', 'dark', 'contrast'] as const;
// A fixed as-of date, so the pictures do not change with the day they are taken.
const AS_OF = '2025-11-02';

const server = await servePreview(root, 'dist', Number(values.port));
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
try {
  for (const theme of THEMES) {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
      await context.addInitScript((t) => localStorage.setItem('tsd-theme', t), theme);
      const page = await context.newPage();
      for (const v of VIEWS) {
        await page.goto(`${server.url}?view=${v.id}&asOf=${AS_OF}`);
        await page.locator('main h1').first().waitFor({ timeout: 30_000 });
        await page.waitForTimeout(600);
        const file = resolve(out, `${v.id}-${size.name}-${theme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  try {
    server.stop();
  } catch {
    // The preview server has already exited.
  }
}
