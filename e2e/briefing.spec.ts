import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

const CHART = 'Rates by direction';
const version = shipped.datasetVersion;
const tariffSources = shipped.sources.filter((s) =>
  shipped.tariffMeasures.some((t) => t.evidence.some((e) => e.sourceId === s.id)),
);
const record = [...shipped.tariffMeasures].sort((a, b) => b.rate - a.rate)[0]!;

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, body: await readFile(path) };
}

/** The takeaway a new slide is titled with: the first sentence of the view's chart summary, as shown. */
async function takeaway(page: Page): Promise<string> {
  const summary = (await page.locator('main .chart-frame .chart-summary').first().textContent()) ?? '';
  return /^(.+?[.!?])(\s|$)/.exec(summary.replace(/\s+/g, ' ').trim())?.[1] ?? summary.trim();
}

function chart(page: Page) {
  return page.getByRole('region', { name: CHART });
}

test.describe('briefing: build a deck and present it', () => {
  test('three slides, reordered, with notes, presented with the keyboard', async ({ page, dashboard }) => {
    await dashboard.open();
    const add = page.getByRole('button', { name: 'Add to deck' });
    await add.click();
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide 1' })).toBeVisible();
    await dashboard.goTo('Sources');
    await add.click();
    // The third slide keeps an "as of" date: it is restored when the slide is presented.
    await dashboard.open('view=overview&asOf=2025-06-15');
    // A slide is titled with its chart's takeaway, not the view's name.
    const asOfTakeaway = await takeaway(page);
    expect(asOfTakeaway).not.toBe('Overview');
    await add.click();
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide 3' })).toBeVisible();

    await dashboard.goTo('Briefing');
    await expect(page.getByRole('heading', { level: 1, name: 'Briefing deck' })).toBeVisible();
    const titles = page.getByRole('textbox', { name: /Title of slide/ });
    await expect(titles).toHaveCount(3);
    await expect(titles.nth(2)).toHaveValue(asOfTakeaway);

    // Reorder: the as-of slide moves up to second place.
    await page.getByRole('button', { name: 'Move slide 3 up' }).click();
    await expect(titles.nth(1)).toHaveValue(asOfTakeaway);
    // A view without a chart is titled with its name.
    await expect(titles.nth(2)).toHaveValue('Sources');
    await page.getByRole('textbox', { name: 'Speaker notes for slide 2' }).fill('Point at the summer truce.');
    await titles.nth(0).fill('Where the rates stand');

    // The deck survives a reload (saved in this browser).
    await page.reload();
    await expect(titles).toHaveCount(3);
    await expect(titles.nth(0)).toHaveValue('Where the rates stand');
    await expect(page.getByRole('textbox', { name: 'Speaker notes for slide 2' })).toHaveValue(
      'Point at the summer truce.',
    );

    const before = new URL(page.url()).searchParams;
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const deck = page.getByRole('region', { name: 'Presentation' });
    await expect(deck).toBeVisible();
    await expect(deck.getByRole('status').filter({ hasText: 'Slide 1 of 3' })).toBeVisible();
    // No editing chrome: the site header and navigation are gone; the type is larger.
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Add to deck' })).toBeHidden();
    await expect(deck.getByText('Where the rates stand')).toBeVisible();
    // The slide is the view's chart laid out for the screen, under the slide's own title.
    const slideTitle = deck.getByRole('heading', { level: 2, name: 'Where the rates stand' });
    await expect(slideTitle).toBeVisible();
    // Type for the back of the room: the title is drawn at least 40 px tall on this 1440×900 screen.
    expect((await slideTitle.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await expect(deck.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowRight');
    await expect(deck.getByRole('status').filter({ hasText: 'Slide 2 of 3' })).toBeVisible();
    // The slide shows the state it was saved with, drawn in its own state: the address bar keeps the page's.
    await expect(deck.getByText(/As of 15 Jun 2025/).first()).toBeVisible();
    expect(new URL(page.url()).searchParams.toString()).toBe(before.toString());
    await page.keyboard.press('n');
    await expect(deck.getByRole('complementary', { name: 'Speaker notes' })).toContainText(
      'Point at the summer truce.',
    );

    await page.keyboard.press('Space');
    await expect(deck.getByRole('status').filter({ hasText: 'Slide 3 of 3' })).toBeVisible();
    await expect(deck.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    expect(new URL(page.url()).searchParams.toString()).toBe(before.toString());
    await page.keyboard.press('ArrowLeft');
    await expect(deck.getByRole('status').filter({ hasText: 'Slide 2 of 3' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(deck).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Briefing deck' })).toBeVisible();
    // Leaving restores the state from before the presentation.
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe(before.toString());
  });

  test('keyboard focus stays in the deck when a slide is moved to an end or removed', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.open('view=negotiations');
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.goTo('Briefing');
    await page.getByRole('button', { name: 'Move slide 1 down' }).focus();
    await page.keyboard.press('Enter');
    // The slide is now last, so "down" is disabled: focus moves to its "up" button, not the top of the page.
    await expect(page.getByRole('button', { name: 'Move slide 2 up' })).toBeFocused();
    await page.getByRole('button', { name: 'Remove slide 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove slide 1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Slides/ })).toBeFocused();
  });

  test('presentation mode has no axe violations in dark and high contrast', async ({ page, dashboard }) => {
    await dashboard.open();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.goTo('Briefing');
    for (const theme of ['Dark', 'High contrast'] as const) {
      await dashboard.setTheme(theme);
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
      await page.keyboard.press('n');
      await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('region', { name: 'Presentation' })).toBeHidden();
    }
  });

  test('a shared deck link adds its slides; a damaged one is reported and the saved deck is kept', async ({
    page,
    dashboard,
    browser,
  }) => {
    await dashboard.open('view=sources');
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.open('view=overview&asOf=2025-04-15');
    const title2 = await takeaway(page);
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.goTo('Briefing');
    const link = await page.getByRole('textbox', { name: 'Deck link' }).inputValue();
    expect(link.length).toBeLessThan(2000);

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(
      fresh.getByRole('status').filter({ hasText: 'Added 2 slides from the shared link' }),
    ).toBeVisible();
    await expect(fresh.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(2);
    await expect(fresh.getByRole('textbox', { name: 'Title of slide 2' })).toHaveValue(title2);
    // The deck parameter leaves the URL once read, so a reload does not add the slides again.
    await expect(fresh).not.toHaveURL(/deck=/);

    await fresh.goto('/?view=briefing&deck=not-a-deck%21');
    await expect(
      fresh.getByRole('status').filter({ hasText: 'The deck in this link is damaged' }),
    ).toBeVisible();
    await expect(fresh.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(2);
    await other.close();
  });
});

test.describe('briefing: a corrupted saved deck', () => {
  test('is reported, kept aside, and the dashboard keeps working', async ({ page, dashboard }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('tsd-deck', '{"version":1,"slides":[{"id":"x","title":42}]}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await dashboard.open('view=briefing');
    await expect(
      page.getByRole('status').filter({ hasText: 'One saved slide could not be read: slide 1 (title' }),
    ).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('tsd-deck:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['[{"id":"x","title":42}]']);
    await expect(page.getByText('Your deck is empty.')).toBeVisible();
    await dashboard.goTo('Overview');
    const title1 = await takeaway(page);
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.goTo('Briefing');
    await expect(page.getByRole('textbox', { name: 'Title of slide 1' })).toHaveValue(title1);
  });
});

test.describe('exports', () => {
  test('a chart exports as PNG, SVG (with its source line) and CSV (with the rows shown)', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open();
    const frame = chart(page);
    await expect(frame.getByRole('heading', { name: CHART })).toBeVisible();

    const shownWidth = (await frame.locator('.chart-figure').boundingBox())!.width;
    // 1× is the chart's size on screen (plus the margins of title and source line); 2× doubles it. The width is
    // in the IHDR chunk.
    const png1 = await downloaded(page, () => frame.getByRole('button', { name: /^PNG 1×/ }).click());
    expect(png1.download.suggestedFilename()).toBe(`rates-by-direction_data-${version}.png`);
    expect(png1.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width1 = png1.body.readUInt32BE(16);
    expect(width1).toBeGreaterThanOrEqual(Math.floor(shownWidth));
    expect(width1).toBeLessThan(Math.floor(shownWidth * 1.5));
    const png2 = await downloaded(page, () => frame.getByRole('button', { name: /^PNG 2×/ }).click());
    expect(png2.download.suggestedFilename()).toBe(`rates-by-direction-2x_data-${version}.png`);
    expect(png2.body.readUInt32BE(16)).toBe(width1 * 2);

    const svg = await downloaded(page, () => frame.getByRole('button', { name: /^SVG/ }).click());
    expect(svg.download.suggestedFilename()).toBe(`rates-by-direction_data-${version}.svg`);
    const svgText = svg.body.toString('utf8');
    expect(svgText).toContain(`>${CHART}</text>`);
    expect(svgText).toMatch(/>Source: [^<]+<\/text>/);
    for (const s of tariffSources) expect(svgText).toContain(s.title.replace(/&/g, '&amp;').slice(0, 30));
    expect(svgText).toContain(`Dataset version ${version}`);
    expect(svgText).toContain('Permalink: http://127.0.0.1');
    expect(svgText).toContain(`d=${version}`);
    expect(svgText).not.toContain('var(--');

    const csv = await downloaded(page, () => frame.getByRole('button', { name: /^CSV/ }).click());
    expect(csv.download.suggestedFilename()).toBe(`rates-by-direction_data-${version}.csv`);
    const text = csv.body.toString('utf8');
    // The first line is the header, so Excel, LibreOffice and a default pandas read_csv take it as one.
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const columns = parsed.meta.fields!;
    expect(text.split('\r\n')[0]).toBe(columns.join(','));
    expect(columns.slice(-5)).toEqual(['Record', 'Source', 'Quote', 'Dataset version', 'Permalink']);
    expect(text).not.toMatch(/^#/m);
    // Exactly the rows the chart's table shows, in order.
    await frame.getByText(`Data table: ${CHART}`).click();
    const shownRows = await frame
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '').join('|')),
      );
    const shownColumns = columns.slice(0, -5);
    const csvRows = parsed.data.map((r) => shownColumns.map((c) => r[c]).join('|'));
    expect(csvRows).toEqual(shownRows.map((r) => r.replace(/\|source$/, '')));
    // The table's "source" button becomes the record id, its documents and its verbatim quotes in the file.
    for (const row of parsed.data) {
      const rec = shipped.tariffMeasures.find((t) => t.id === row.Record);
      expect(rec, `CSV row ${JSON.stringify(row)} names its record`).toBeDefined();
      const source = shipped.sources.find((s) => s.id === rec!.evidence[0]!.sourceId)!;
      expect(row.Source).toContain(`${source.id}: ${source.title}`);
      expect(row.Quote).toContain(rec!.evidence[0]!.quote);
      expect(row['Dataset version']).toBe(version);
      expect(row.Permalink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?v=2/);
    }
    expect(csvRows).toHaveLength(shipped.tariffMeasures.length);
    for (const t of shipped.tariffMeasures) expect(text).toContain(`${t.rate}%`);
  });

  test('the full dataset downloads as JSON and as flat CSVs zipped with a README', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=briefing');
    const json = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download dataset (JSON)' }).click(),
    );
    expect(JSON.parse(json.body.toString('utf8'))).toMatchObject({ datasetVersion: version });
    const zip = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download dataset (CSV files, zip)' }).click(),
    );
    const files = unzipSync(new Uint8Array(zip.body));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'tariff-measures.csv']));
    const rates = strFromU8(files['tariff-measures.csv']!);
    // The first line is the header (no comment lines), dates and quotes in their own columns.
    const header = rates.split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['id', 'rate', 'date_start', 'date_precision', 'quote_1']));
    expect(rates).toContain(`\r\n${record.id},`);
    expect(strFromU8(files['README.txt']!)).toContain('date_inferred');
  });
});

test.describe('permalinks', () => {
  test('a copied link restores the same state in a fresh browser and pins the dataset version', async ({
    page,
    dashboard,
    browser,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dashboard.open('view=overview&asOf=2025-06-15');
    await dashboard.rateBar(record).click();
    await expect(dashboard.drawer()).toBeVisible();
    await page.keyboard.press('Escape');
    await dashboard.goTo('Sources');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`d=${version}`);
    expect(link).toContain('view=sources');
    expect(link).toContain('asOf=2025-06-15');
    expect(link.length).toBeLessThan(2000);

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect(fresh.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(fresh.getByLabel('As of', { exact: true })).toHaveValue('2025-06-15');
    expect(new URL(fresh.url()).searchParams.get('asOf')).toBe('2025-06-15');
    await expect(fresh.getByRole('status').filter({ hasText: 'data has changed' })).toHaveCount(0);

    // A link made on another dataset version says so.
    const old = new URL(link);
    old.searchParams.set('d', '2025-01-01');
    await fresh.goto(old.toString());
    await expect(
      fresh.getByRole('status').filter({
        hasText: `This link was made on dataset version 2025-01-01; the data has changed since (now ${version}).`,
      }),
    ).toBeVisible();
    await other.close();
  });
});

test.describe('offline', () => {
  test('after one visit the dashboard and its data load with the network off', async ({
    page,
    dashboard,
    context,
  }) => {
    await dashboard.open();
    await expect(chart(page)).toBeVisible();
    // Wait until the service worker controls the page, has precached the app shell, and holds the dataset.
    await page.waitForFunction(
      async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        if (!navigator.serviceWorker.controller || reg?.active?.state !== 'activated') return false;
        let shell = false;
        let data = false;
        for (const k of await caches.keys()) {
          const c = await caches.open(k);
          const urls = (await c.keys()).map((r) => new URL(r.url).pathname);
          shell ||= urls.includes('/index.html');
          data ||= urls.includes('/data/dataset.json');
        }
        return shell && data;
      },
      undefined,
      { timeout: 20_000, polling: 250 },
    );
    // Chromium stores a new registration asynchronously; for a moment after activation a navigation can
    // still miss it. A real second visit comes later, so retry the offline reload until it settles.
    await expect(async () => {
      await context.setOffline(true);
      try {
        await page.reload();
      } catch (e) {
        await context.setOffline(false);
        await page.goto('/');
        throw e;
      }
    }).toPass({ timeout: 20_000, intervals: [500, 1000, 2000] });
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /Where things stand/ })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: `Offline: showing saved data (version ${version})` }),
    ).toBeVisible();
    // Other views' code was precached too.
    await dashboard.goTo('Sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await context.setOffline(false);
  });
});

test.describe('themes', () => {
  for (const theme of ['Light', 'Dark', 'High contrast'] as const) {
    test(`overview with its chart and the briefing view pass axe (${theme})`, async ({ page, dashboard }) => {
      await dashboard.open();
      await dashboard.setTheme(theme);
      await expect(chart(page)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Add to deck' }).click();
      await dashboard.goTo('Briefing');
      await expect(page.getByRole('textbox', { name: 'Title of slide 1' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('briefing works at 375 px without page-level horizontal scroll', async ({ page, dashboard }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await dashboard.open();
    // On a phone the header's actions sit behind its one-line "options" button.
    await page.getByRole('button', { name: /options$/ }).click();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.goTo('Briefing');
    await expect(page.getByRole('textbox', { name: 'Title of slide 1' })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
