import { existsSync } from 'node:fs';

/**
 * The one place that says which Chromium the tests and benchmarks drive and with which flags. Playwright may
 * not download a browser here, so the system Chromium (CHROMIUM_PATH / CHROME_PATH, or Debian's) is used when
 * present; otherwise undefined lets Playwright fall back to its own browser for people who have one.
 */
export function systemChromium(): string | undefined {
  return [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].find((p): p is string => !!p && existsSync(p));
}

/** Headless Chromium on a closed network: no sandbox (root in CI), and no background network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
