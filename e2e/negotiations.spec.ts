import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

const ROUND_KINDS = new Set(['negotiation', 'meeting', 'call', 'summit', 'visit']);
const rounds = shipped.events.filter(
  (e) => ROUND_KINDS.has(e.kind) || (e.kind === 'statement' && e.cancelsId),
);
const withRates = rounds.find((e) => e.ratesBeforeIds.length > 0 && e.ratesAfterIds.length > 0)!;
const tariff = (id: string) => shipped.tariffMeasures.find((m) => m.id === id)!;
const before = tariff(withRates.ratesBeforeIds[0]!);
const after = tariff(withRates.ratesAfterIds[0]!);
// Another round between the same two countries that records no rates.
const other = rounds.find(
  (e) =>
    e.id !== withRates.id &&
    e.kind === 'negotiation' &&
    e.ratesBeforeIds.length === 0 &&
    e.partyIds.includes('us') &&
    e.partyIds.includes('china'),
)!;
const cancelled = rounds.filter((e) => e.status === 'cancelled' || e.cancelsId);
const russian = rounds.filter((e) => e.partyIds.includes('russia'));

test.describe('negotiations: compare rounds side by side', () => {
  test('lists every round and filters by status and party', async ({ page, dashboard }) => {
    await dashboard.open();
    await dashboard.goTo('Negotiations');
    await expect(page.getByRole('heading', { level: 1, name: 'Negotiations' })).toBeVisible();
    const list = page.getByRole('region', { name: 'Rounds', exact: true });
    await expect(list.getByRole('listitem')).toHaveCount(rounds.length);
    await page.getByText('Filter by party and status').click();
    await page.getByRole('checkbox', { name: 'Cancelled' }).check();
    await expect(list.getByRole('listitem')).toHaveCount(cancelled.length);
    for (const e of cancelled)
      await expect(list.getByRole('button', { name: `${e.title}: open source` })).toBeVisible();
    await expect(page).toHaveURL(/negStatuses=cancelled/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(rounds.length);
    await page.getByRole('checkbox', { name: 'Russia', exact: true }).check();
    await expect(list.getByRole('listitem')).toHaveCount(russian.length);
    await expect(page).toHaveURL(/negParties=russia/);
  });

  test('compares two rounds, reads a before/after figure in the summary and opens its source', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=negotiations');
    await page.getByRole('checkbox', { name: `Compare ${withRates.title}` }).check();
    await expect(page.getByText('Tick one more round to compare.')).toBeVisible();
    await page.getByRole('checkbox', { name: `Compare ${other.title}` }).check();
    await expect(page).toHaveURL(/rounds=/);

    const compare = page.getByRole('region', { name: 'Comparison' });
    await expect(compare.getByRole('heading', { level: 3, name: withRates.title })).toBeVisible();
    await expect(compare.getByRole('heading', { level: 3, name: other.title })).toBeVisible();
    const otherCol = compare.getByRole('article', { name: other.title });
    await expect(otherCol).toContainText('no rates recorded');
    if (other.venue) await expect(otherCol).toContainText(other.venue);

    const summary = compare.getByRole('region', { name: 'What changed' });
    // A proposed or threatened rate has not changed anything yet: the summary says "would go", never "went".
    const pending = after.status === 'proposed' || after.status === 'threatened';
    await expect(summary).toContainText(
      `${pending ? 'would go' : 'went'} from ${before.rate}% to ${after.rate}%`,
    );
    await expect(summary).toContainText(
      `${after.rate - before.rate > 0 ? '+' : '−'}${Math.abs(after.rate - before.rate)} points`,
    );
    await expect(summary).toContainText(`No rates recorded for ${other.title}`);
    await summary.getByRole('button', { name: `${after.rate}%`, exact: true }).click();
    const drawer = dashboard.drawer();
    await expect(drawer.getByRole('heading', { name: after.label })).toBeVisible();
    await expect(drawer.locator('blockquote').first()).toContainText(after.evidence[0]!.quote.slice(0, 30));
    await page.keyboard.press('Escape');

    const delta = page.getByRole('region', { name: 'Rates before and after the selected rounds' });
    await expect(delta.locator('.chart-summary')).toContainText(`${before.rate}% → ${after.rate}%`);
    await expect(delta.locator('svg.recharts-surface')).toBeVisible();
  });

  test('a link with two rounds restores the comparison', async ({ page, dashboard }) => {
    await dashboard.open(`view=negotiations&rounds=${other.id},${withRates.id}`);
    await expect(page.getByRole('region', { name: 'What changed' })).toContainText(
      `The 2 selected rounds run from`,
    );
    await expect(page.getByRole('checkbox', { name: `Compare ${withRates.title}` })).toBeChecked();
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`has no axe violations with a comparison open (${theme})`, async ({ page, dashboard }) => {
      await dashboard.open(`view=negotiations&rounds=${other.id},${withRates.id}`);
      await dashboard.setTheme(theme);
      await expect(page.getByRole('region', { name: 'What changed' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('groups rounds by track and year, newest first, so the 2015 deal is not among the 2025 trade rounds', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=negotiations');
    const list = page.getByRole('region', { name: 'Rounds', exact: true });
    const usChina = list.getByRole('region', { name: /^US–China/ });
    await expect(usChina).toBeVisible();
    const iran = rounds.find((e) => e.partyIds.includes('iran'))!;
    await expect(usChina.getByRole('button', { name: `${iran.title}: open source` })).toHaveCount(0);
    await expect(list.getByRole('region', { name: /^US–Iran/ })).toContainText(iran.title);
    // Years newest first inside a track, and the track with the newest round first.
    const years = await usChina.locator('h4').allTextContents();
    expect(years).toEqual([...years].sort().reverse());
    const newest = [...rounds].sort((a, b) => b.date.start.localeCompare(a.date.start))[0]!;
    await expect(list.getByRole('region').first()).toContainText(newest.title);
  });

  test('opens the comparison beside the list at 1440 px', async ({ page, dashboard }) => {
    await dashboard.open('view=negotiations');
    await page.getByRole('checkbox', { name: `Compare ${withRates.title}` }).check();
    await page.getByRole('checkbox', { name: `Compare ${other.title}` }).check();
    const list = await page.getByRole('region', { name: 'Rounds', exact: true }).boundingBox();
    const compare = page.getByRole('region', { name: 'Comparison' });
    await expect(compare.getByRole('heading', { name: 'What changed in the rates' })).toBeVisible();
    const box = await compare.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(list!.x + list!.width);
    expect(box!.y).toBeLessThan(900);
  });

  test('opens the comparison over the list as a sheet at 375 px, without horizontal page scroll', async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await dashboard.open(`view=negotiations&rounds=${other.id},${withRates.id}`);
    // A link that brings two rounds opens their comparison at once, over the list.
    const sheet = page.getByRole('dialog', { name: 'Comparison' });
    await expect(sheet).toBeVisible();
    const cols = sheet.getByRole('article');
    await expect(cols).toHaveCount(2);
    const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Round titles in the summary wrap with the sentence instead of breaking out as blocks of their own.
    const link = page
      .getByRole('region', { name: 'What changed' })
      .getByRole('button', { name: withRates.title })
      .first();
    expect(await link.evaluate((el) => getComputedStyle(el).display)).toBe('inline');
    await expectNoAxeViolations(page);
    await sheet.getByRole('button', { name: 'Back to the list' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('checkbox', { name: `Compare ${withRates.title}` })).toBeChecked();
    // The list's own button brings it back.
    await page.getByRole('button', { name: 'See the comparison of 2 rounds' }).click();
    await expect(sheet).toBeVisible();
  });

  test('sits side by side at 1440 px', async ({ page, dashboard }) => {
    await dashboard.open(`view=negotiations&rounds=${other.id},${withRates.id}`);
    const cols = page.getByRole('region', { name: 'Comparison' }).getByRole('article');
    const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
  });
});
