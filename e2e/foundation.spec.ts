import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

const headline = [...shipped.tariffMeasures].sort((a, b) => b.rate - a.rate)[0]!;
const headlineSource = shipped.sources.find((s) => s.id === headline.evidence[0]!.sourceId)!;

test.describe('first view: documented tariff rates with their sources', () => {
  test('shows every documented rate and opens the quote behind one', async ({ page, dashboard }) => {
    await dashboard.open();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Where things stand');
    for (const t of shipped.tariffMeasures) {
      await expect(dashboard.rateBar(t)).toBeVisible();
    }
    await dashboard.rateBar(headline).click();
    const drawer = dashboard.drawer();
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('heading', { name: headline.label })).toBeVisible();
    await expect(drawer.locator('blockquote').first()).toContainText(
      headline.evidence[0]!.quote.slice(0, 40),
    );
    await expect(drawer).toContainText(headlineSource.title);
    await expect(page).toHaveURL(new RegExp(`record=${headline.id}`));
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page).not.toHaveURL(/record=/);
  });

  test('a permalink to a record opens its source directly', async ({ dashboard }) => {
    await dashboard.open(`record=${headline.id}`);
    await expect(dashboard.drawer().getByRole('heading', { name: headline.label })).toBeVisible();
  });

  test('a malformed link is reported, and the rest of it still applies', async ({ page, dashboard }) => {
    await dashboard.open('view=sources&asOf=2025-13-45');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: '"asOf" in the link is not a date' }),
    ).toBeVisible();
  });

  test('the sources view lists every document', async ({ page, dashboard }) => {
    await dashboard.open();
    await dashboard.goTo('Sources');
    for (const s of shipped.sources) await expect(page.getByRole('heading', { name: s.title })).toBeVisible();
  });
});

test.describe('a broken dataset', () => {
  test('shows which file, record and field are wrong instead of a blank page', async ({
    page,
    dashboard,
  }) => {
    const broken = structuredClone(shipped) as unknown as { tariffMeasures: Record<string, unknown>[] };
    const victim = broken.tariffMeasures[1]!;
    victim.rate = 'one hundred';
    await page.route('**/data/dataset.json', (route) => route.fulfill({ json: broken }));
    await dashboard.open();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible();
    await expect(alert).toContainText(`data/dataset.json › tariffMeasures[1] (${String(victim.id)}) › rate`);
    // The rest of the app keeps working: navigation is still there.
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  });

  test('invalid JSON is reported as such', async ({ page, dashboard }) => {
    await page.route('**/data/dataset.json', (route) =>
      route.fulfill({ body: '{"schemaVersion": 1,', contentType: 'application/json' }),
    );
    await dashboard.open();
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
  });
});

test.describe('accessibility', () => {
  for (const theme of ['Light', 'Dark'] as const) {
    test(`overview, sources and the drawer have no axe violations (${theme})`, async ({
      page,
      dashboard,
    }) => {
      await dashboard.open();
      await dashboard.setTheme(theme);
      await expectNoAxeViolations(page);
      await dashboard.rateBar(headline).click();
      await expect(dashboard.drawer()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await dashboard.goTo('Sources');
      await expectNoAxeViolations(page);
    });
  }

  test('is usable at 375 px wide without horizontal scrolling of the page', async ({ page, dashboard }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await dashboard.open();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
