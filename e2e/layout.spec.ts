import { NAV_VIEWS } from '../app/state/view-state.ts';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

// Views whose main chart is drawn as soon as they open (negotiations draws its chart below the comparison,
// once rounds are compared; briefing and sources have no chart).
const CHART_VIEWS = ['overview', 'escalation', 'sanctions', 'timeline', 'scenarios'] as const;

test.describe('header search', () => {
  test('finds a record by a word, moves with the arrow keys and opens its quote with Enter', async ({
    page,
    dashboard,
  }) => {
    const londons = shipped.events.filter((e) => /London/.test(e.title));
    expect(londons.length).toBeGreaterThan(0);
    await dashboard.open();
    const box = page.getByRole('combobox', { name: 'Search records' });
    await box.fill('london');
    const list = page.getByRole('listbox', { name: 'Matching records' });
    // Every record with the word in its title is offered, titles first.
    for (const e of londons)
      await expect(list.getByRole('option').filter({ hasText: e.title })).toHaveCount(1);
    const firstText = (await list.getByRole('option').first().textContent()) ?? '';
    const first = londons.find((e) => firstText.includes(e.title));
    expect(first, `the first option is a record titled with the word: ${firstText}`).toBeTruthy();
    await expectNoAxeViolations(page);
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    const drawer = dashboard.drawer();
    await expect(drawer.getByRole('heading', { name: first!.title })).toBeVisible();
    await expect(drawer.locator('blockquote').first()).toContainText(first!.evidence[0]!.quote.slice(0, 30));
  });

  test('finds by date and by actor; says when nothing matches; Esc closes the list', async ({
    page,
    dashboard,
  }) => {
    const oil = shipped.tradeMeasures.find((m) => m.date.start === m.date.end && m.kind === 'sanction')!;
    const month = new Date(`${oil.date.start}T00:00:00Z`).toLocaleString('en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await dashboard.open();
    const box = page.getByRole('combobox', { name: 'Search records' });
    await box.fill(`${month} sanction`);
    await expect(
      page.getByRole('option', { name: new RegExp(oil.title.replace(/[()]/g, '.')) }),
    ).toBeVisible();
    await box.fill('zzzz-no-such-thing');
    await expect(page.getByRole('listbox', { name: 'Matching records' }).getByRole('option')).toHaveText(
      /No record matches/,
    );
    await box.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Matching records' })).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});

test('a skip link is the first Tab stop and jumps past the header', async ({ page, dashboard }) => {
  await dashboard.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const width of [320, 768, 900, 1440, 1920]) {
  test(`at ${width} px no view scrolls sideways and every view is in sight in the navigation`, async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await dashboard.open();
    const nav = page.getByRole('navigation', { name: 'Views' });
    for (const v of NAV_VIEWS) {
      await dashboard.goTo(v.label);
      await expect(page.locator('main h1').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${v.label} at ${width} px`).toBeLessThanOrEqual(0);
      for (const link of await nav.getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.x, `${await link.textContent()} in sight at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    }
    // Your data is reached from the header's tools and fits as well.
    await dashboard.open('view=workspace');
    await expect(page.locator('main h1').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `Your data at ${width} px`).toBeLessThanOrEqual(0);
  });
}

test('on a phone the controls take one line and fold open', async ({ page, dashboard }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await dashboard.open();
  const fold = page.getByRole('button', { name: /^As of today/ });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('As of', { exact: true })).toBeHidden();
  const search = page.getByRole('combobox', { name: 'Search records' });
  const [a, b] = [(await fold.boundingBox())!, (await search.boundingBox())!];
  expect(Math.abs(a.y - b.y), 'fold and search share one line').toBeLessThan(a.height);
  await fold.click();
  await page.getByLabel('As of', { exact: true }).fill('2025-06-15');
  await expect(page.getByRole('button', { name: /^As of 15 Jun 2025/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`at ${size.width}×${size.height} each view's chart is in the first screen, a good part of its plot in sight`, async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize(size);
    for (const id of CHART_VIEWS) {
      await dashboard.open(`view=${id}`);
      // The plot: the first drawing of the view's main chart frame (not a legend's swatch).
      const plot = page
        .locator('main .chart-frame')
        .first()
        .locator('svg:not(.legend-swatch):not(svg svg)')
        .first();
      await expect(plot).toBeVisible();
      const box = (await plot.boundingBox())!;
      expect(box.y, `${id}: the plot starts at ${Math.round(box.y)} px`).toBeLessThan(size.height - 150);
    }
  });
}
