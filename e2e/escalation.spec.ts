import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

const short = (id: string) => shipped.actors.find((a) => a.id === id)!.shortName;
const isAmbiguous = (r: { notes: { kind: string }[] }) =>
  r.notes.some((n) => n.kind === 'ambiguous' || n.kind === 'conflict');
const peak = [...shipped.tariffMeasures].sort((a, b) => b.rate - a.rate)[0]!;
const peakSource = shipped.sources.find((s) => s.id === peak.evidence[0]!.sourceId)!;
const ambiguous = shipped.tariffMeasures.find(isAmbiguous)!;
const unspecified = shipped.tariffMeasures.find((m) => m.basis === 'unspecified' && m.status === 'in-force')!;
const headlineSame = shipped.tariffMeasures.find(
  (m) =>
    m.basis === 'headline' && m.imposerId === unspecified.imposerId && m.targetId === unspecified.targetId,
)!;
const exportControl = shipped.tradeMeasures.find(
  (m) => m.kind === 'export-control' && m.date.start >= '2025-01-01',
)!;

/** A rate as the chart reads it with no reading picked: "10% or 30%" where the readings of its figure differ. */
const rateLabel = (m: (typeof shipped.tariffMeasures)[number]) => {
  const amb = shipped.ambiguities.find((a) =>
    a.readings.some((r) => r.values.some((v) => v.recordId === m.id && v.rate !== undefined)),
  );
  if (!amb) return `${m.rate}%`;
  const rates = amb.readings.map((r) => r.values.find((v) => v.recordId === m.id)!.rate!);
  return [...new Set(rates)]
    .sort((x, y) => x - y)
    .map((r) => `${r}%`)
    .join(' or ');
};

/** The chart point of a measure: a button named "<rate>%, <imposer> on <target>, …". */
const pointName = (m: (typeof shipped.tariffMeasures)[number]) =>
  new RegExp(
    `^${rateLabel(m)}, ${short(m.imposerId)} on ${short(m.targetId)}, ${m.basis === 'unspecified' ? 'basis not stated' : `${m.basis} rate`}`,
  );

test.describe('escalation: how the tariff war rose and fell', () => {
  test('reads the peak rate off the chart and opens its quote with the keyboard', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    await expect(page.getByRole('heading', { level: 1, name: 'Escalation' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Tariff rates, US on China/ })).toBeVisible();
    const point = page.getByRole('button', { name: pointName(peak) });
    await expect(point).toHaveAccessibleName(new RegExp(`${peak.date.label}.*open source`));
    // Reach it the way a keyboard user would: Tab to the chart (one stop), then the arrow keys along it.
    await page.getByRole('heading', { level: 1 }).click();
    const points = page.getByRole('group', { name: 'Tariff rates over time' }).getByRole('button');
    const inPoints = () => points.evaluateAll((els) => els.some((el) => el === document.activeElement));
    let tabs = 0;
    while (tabs < 40 && !(await inPoints())) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await inPoints(), 'Tab reaches the chart points').toBe(true);
    let reached = false;
    for (let i = 0; i < shipped.tariffMeasures.length && !reached; i++) {
      reached = await point.evaluate((el) => el === document.activeElement);
      if (!reached) await page.keyboard.press('ArrowRight');
    }
    expect(reached, 'the arrow keys reach the point').toBe(true);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText(`${peak.rate}%`);
    await expect(tooltip).toContainText(peak.date.label);
    await expect(tooltip).toContainText(peakSource.title);
    await page.keyboard.press('Enter');
    const drawer = dashboard.drawer();
    await expect(drawer.getByRole('heading', { name: peak.label })).toBeVisible();
    await expect(drawer.locator('blockquote').first()).toContainText(peak.evidence[0]!.quote.slice(0, 40));
    await expect(drawer).toContainText(peakSource.title);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  test('Tab enters the chart points at the first, and the arrow keys walk them in time order', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    await page
      .getByRole('button', { name: /^CSV: download/ })
      .first()
      .focus();
    const name = () =>
      page.evaluate(() => {
        const el = document.activeElement!;
        return el.tagName.toLowerCase() === 'svg' ? 'chart' : (el.getAttribute('aria-label') ?? '(unnamed)');
      });
    // The turning points above the plot (one stop), then the first point: no chart surface and none of
    // Recharts' layer groups in between.
    await page.keyboard.press('Tab');
    expect(await name()).toMatch(/^Turning point: /);
    await page.keyboard.press('Tab');
    const points = [await name()];
    for (let i = 1; i < shipped.tariffMeasures.length; i++) {
      await page.keyboard.press('ArrowRight');
      points.push(await name());
    }
    expect(points).not.toContain('(unnamed)');
    expect(points).not.toContain('chart');
    const byTime = [...shipped.tariffMeasures].sort(
      (a, b) => a.date.start.localeCompare(b.date.start) || b.rate - a.rate,
    );
    expect(points.map((n) => n.split(',')[0])).toEqual(byTime.map(rateLabel));
  });

  test('marks an ambiguous rate on the chart itself', async ({ page, dashboard }) => {
    await dashboard.open('view=escalation');
    const point = page.getByRole('button', { name: pointName(ambiguous) });
    await expect(point).toHaveAccessibleName(/ambiguous in the document/);
    await expect(point.locator('.ambiguity-badge')).toBeVisible();
    await point.hover();
    await expect(page.getByRole('tooltip')).toContainText('Ambiguous in the document');
    await expect(page.getByRole('tooltip')).toContainText(rateLabel(ambiguous));
    await point.click();
    await expect(dashboard.drawer().getByText('Ambiguous in the document').first()).toBeVisible();
  });

  test('never joins the rate of unstated basis to the headline line', async ({ page, dashboard }) => {
    await dashboard.open('view=escalation');
    const legend = page.getByRole('list', { name: 'Rate lines' });
    const dir = `${short(unspecified.imposerId)} on ${short(unspecified.targetId)}`;
    await expect(legend.getByText(`${dir} · Basis not stated · documented`)).toBeVisible();
    await expect(legend.getByText(`${dir} · Headline rate · documented`)).toBeVisible();
    await page.getByText('Data table: Tariff rates').click();
    const table = page.getByRole('table', { name: /Tariff rates, US on China/ });
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: `${unspecified.rate}%` })
        .first(),
    ).toContainText('Basis not stated');
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: `${headlineSame.rate}%` })
        .first(),
    ).toContainText('Headline rate');
  });

  test('names its turning points on the chart, each opening its quote, none overlapping', async ({
    page,
    dashboard,
  }) => {
    const turning = [...shipped.tariffMeasures, ...shipped.tradeMeasures, ...shipped.events].filter(
      (r) => r.turningPoint,
    );
    expect(turning.length).toBeGreaterThanOrEqual(6);
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await dashboard.open('view=escalation');
      const strip = page.getByRole('group', { name: 'Turning points on the time axis' });
      await expect(strip.getByRole('button')).toHaveCount(turning.length);
      // Every label is written out at desk width; on a phone some may be numbered, and then spelled out in the key.
      const written = await strip.locator('.tp-label text').allTextContents();
      const keyed = await page
        .getByRole('list', { name: 'Turning points numbered on the chart' })
        .getByRole('button')
        .allTextContents();
      expect([...written, ...keyed].sort()).toEqual(turning.map((r) => r.turningPoint!.label).sort());
      if (width === 1440) expect(keyed).toEqual([]);
      // No two drawn boxes overlap on screen.
      const boxes = await strip.locator('.tp-hit').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { l: r.left, r: r.right, t: r.top, b: r.bottom };
        }),
      );
      for (const a of boxes)
        for (const b of boxes)
          if (a !== b)
            expect(a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b, `overlap at ${width}`).toBe(false);
    }
    const london = turning.find((r) => r.turningPoint!.label === 'London talks')!;
    await page.setViewportSize({ width: 1440, height: 900 });
    await dashboard.open('view=escalation');
    await page
      .getByRole('group', { name: 'Turning points on the time axis' })
      .getByRole('button', { name: /^Turning point: London talks/ })
      .click();
    await expect(dashboard.drawer().locator('blockquote').first()).toContainText(
      london.evidence[0]!.quote.slice(0, 40),
    );
  });

  test('events lane: an export control opens its record; the as-of date is drawn', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation&asOf=2025-10-15');
    await expect(page.locator('.tsc-plot').getByText('as of 15 Oct 2025')).toBeVisible();
    const marker = page.getByRole('button', {
      name: new RegExp(`^Export control: ${exportControl.title.replace(/[()]/g, '.')}`),
    });
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(dashboard.drawer().getByRole('heading', { name: exportControl.title })).toBeVisible();
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`has no axe violations (${theme})`, async ({ page, dashboard }) => {
      await dashboard.open('view=escalation');
      await dashboard.setTheme(theme);
      await expect(page.getByRole('button', { name: pointName(peak) })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the exported image carries the line key, so a handed-out PNG or SVG says which line is which', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^SVG: download "Tariff rates/ }).click(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toContain('class="export-legend"');
    // The turning points written above the plot travel with it.
    expect(svg).toContain('>London talks</text>');
    for (const label of await page
      .getByRole('list', { name: 'Rate lines' })
      .getByRole('listitem')
      .allTextContents())
      expect(svg).toContain(`>${label.trim()}</text>`);
    expect(svg).not.toContain('var(--');
  });

  test('the exported SVG carries the events lane under the plot, and nothing that could run', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    const lane = page.getByRole('group', { name: 'Events on the same time axis' });
    // The lane draws once the chart has measured its width: wait for it before reading its events.
    await expect(lane.getByRole('button').first()).toBeVisible();
    const laneEvents = await lane
      .getByRole('button')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(laneEvents.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^SVG: download "Tariff rates/ }).click(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    // Every event drawn in the lane on screen is in the file, each still named.
    const attr = (v: string) =>
      v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const name of laneEvents) expect(svg).toContain(`aria-label="${attr(name)}"`);
    expect(svg.match(/class="lane-item /g)).toHaveLength(laneEvents.length);
    // The lane's own key travels with it.
    for (const label of await page
      .getByRole('list', { name: 'Events lane legend' })
      .getByRole('listitem')
      .allTextContents())
      expect(svg).toContain(`>${label.trim()}</text>`);
    expect(svg).not.toMatch(/<script|<foreignObject|javascript:|<[^>]*\son[a-z]+=/i);
    expect(svg).not.toContain('tabindex');
  });

  test('is readable at 375 px without horizontal page scroll', async ({ page, dashboard }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await dashboard.open('view=escalation');
    await expect(page.getByRole('button', { name: pointName(peak) })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
