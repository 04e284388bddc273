import { daysBetween } from '../app/lib/dates.ts';
import { formatIsoDate, formatMetricValue, STATUS_LABEL } from '../app/lib/format.ts';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

const days = daysBetween;

// Terms that end on a date, and a draft with a one-year term, exist only under one reading of an ambiguous
// statement each ("when the sanctions period ends", "within one year"): looked up in the dataset's readings,
// not hard-coded, and picked through the link as an analyst would.
function readingWith(
  has: (v: { recordId: string; terms?: { endsOn?: string; durationDays?: number } }) => boolean,
) {
  for (const a of shipped.ambiguities)
    for (const r of a.readings) {
      const v = r.values.find(has);
      if (v) return { param: `${a.id}:${r.id}`, recordId: v.recordId, terms: v.terms! };
    }
  throw new Error('no such reading in the dataset');
}
const ending = readingWith(
  (v) =>
    v.terms?.endsOn !== undefined &&
    shipped.tradeMeasures.some((m) => m.id === v.recordId && m.status === 'in-force'),
);
const oneYear = readingWith((v) => v.terms?.durationDays !== undefined);
const READINGS = `readings=${ending.param},${oneYear.param}`;
const windowed = shipped.tradeMeasures.find((m) => m.id === ending.recordId)!;
const endsOn = ending.terms.endsOn!;
const draft = shipped.tradeMeasures.find((m) => m.id === oneYear.recordId)!;
const actor = (id: string) => shipped.actors.find((a) => a.id === id)!.name;

test.describe('sanctions and export controls', () => {
  test('lists every measure with imposer, target, sector and documented status', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=sanctions');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sanctions and export controls' }),
    ).toBeVisible();
    for (const m of shipped.tradeMeasures) {
      const card = page.getByRole('article', { name: m.title });
      await expect(card).toBeVisible();
      await expect(card).toContainText(`${actor(m.imposerId)} → ${actor(m.targetId)}`);
      await expect(card).toContainText(`Sector: ${m.sector}`);
      await expect(card).toContainText(`Documented: ${STATUS_LABEL[m.status]}`);
    }
  });

  test('an as-of date typed with the keyboard is the date every view and the link use', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open(`view=sanctions&${READINGS}`);
    const field = page.getByLabel('As of', { exact: true });
    await field.focus();
    // Month, day, then the year digit by digit: 0002, 0020 and 0202 are never taken for the date.
    await page.keyboard.type('0301202');
    await expect(
      page.getByText(/^As of: enter a full date between 1900 and 2100; the views show today/),
    ).toBeVisible();
    await expect(page).not.toHaveURL(/asOf=/);
    await page.keyboard.type('5');
    await expect(field).toHaveValue('2025-03-01');
    await expect(page).toHaveURL(/asOf=2025-03-01/);
    const card = page.getByRole('article', { name: windowed.title });
    await expect(card.getByTestId('as-of-state')).toHaveText('In force');
    await expect(card.getByTestId('countdown')).toContainText(`${days('2025-03-01', endsOn)} days left`);
    await expect(page.getByText(/enter a full date/)).toHaveCount(0);
  });

  test('setting an as-of date changes status and countdown', async ({ page, dashboard }) => {
    const before = '2025-03-01';
    await dashboard.open(`view=sanctions&${READINGS}`);
    await page.getByLabel('As of', { exact: true }).fill(before);
    const card = page.getByRole('article', { name: windowed.title });
    await expect(card.getByTestId('as-of-state')).toHaveText('In force');
    await expect(card.getByTestId('countdown')).toContainText(
      `${days(before, endsOn)} days left (ends ${formatIsoDate(endsOn)})`,
    );
    // Doc 001's (undated, before 2023) and doc 004's (early 2023) sanctions were last documented in force over
    // a year earlier: not counted as lapsed.
    await expect(
      page.getByText(
        /^On 1 Mar 2025 \(the as-of date\): 1 in force, 2 in force when last documented \(over a year earlier\), 4 not \(yet\) in force\.$/,
      ),
    ).toBeVisible();
    // A draft dated months later has nothing to count down yet.
    await expect(page.getByRole('article', { name: draft.title }).getByTestId('countdown')).toHaveCount(0);

    const after = '2025-04-01';
    await page.getByLabel('As of', { exact: true }).fill(after);
    await expect(page).toHaveURL(/asOf=2025-04-01/);
    await expect(card.getByTestId('as-of-state')).toHaveText('Lapsed');
    await expect(page.getByText(/^On 1 Apr 2025 \(the as-of date\): \d+ in force.*lapsed/)).toBeVisible();
    await expect(card.getByTestId('countdown')).toContainText(
      `lapsed ${formatIsoDate(endsOn)}, ${days(endsOn, after)} days ago`,
    );

    // Before the window existed at all.
    await page.getByLabel('As of', { exact: true }).fill('2024-12-01');
    await expect(card.getByTestId('as-of-state')).toHaveText('Not yet');

    // A quick date from the header's list.
    await page.getByLabel('Quick as-of dates').selectOption({ index: 1 });
    await expect(page).toHaveURL(/asOf=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByLabel('As of', { exact: true })).not.toHaveValue('2024-12-01');

    // Back to today.
    await page.getByRole('button', { name: 'Today: clear the as-of date' }).click();
    await expect(page).not.toHaveURL(/asOf=/);
  });

  test('a draft suspension is shown as proposed, never as in force', async ({ page, dashboard }) => {
    await dashboard.open(`view=sanctions&asOf=2025-12-01&${READINGS}`);
    const card = page.getByRole('article', { name: draft.title });
    await expect(card.getByTestId('as-of-state')).toHaveText('Not in force');
    await expect(card.getByTestId('countdown')).toContainText('Proposed terms, not in force');
    await card.getByText('Status over time').click();
    await expect(card.getByRole('listitem').filter({ hasText: 'Would be reviewed every' })).toBeVisible();
  });

  test('quotes and related records are one click away', async ({ page, dashboard }) => {
    await dashboard.open(`view=sanctions&${READINGS}`);
    await page.getByRole('button', { name: `Quotes and notes for ${windowed.title}` }).click();
    const drawer = dashboard.drawer();
    await expect(drawer.getByRole('heading', { name: windowed.title })).toBeVisible();
    await expect(drawer.locator('blockquote').first()).toContainText(
      windowed.evidence[0]!.quote.slice(0, 30),
    );
    await page.keyboard.press('Escape');
    const relatedId = windowed.relatedIds[0]!;
    const related = shipped.tradeMeasures.find((m) => m.id === relatedId)!;
    await page
      .getByRole('article', { name: windowed.title })
      .getByRole('button', { name: related.title })
      .click();
    await expect(drawer.getByRole('heading', { name: related.title })).toBeVisible();
  });

  test('every metric shows its value with unit, period and what it measures, linked to its source', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=sanctions');
    await page.getByText(/^Other figures in the documents/).click();
    for (const m of shipped.metrics) {
      const button = page.getByRole('button', { name: `${formatMetricValue(m)}, ${m.label}: open source` });
      await expect(button).toBeVisible();
      const item = page.getByRole('listitem').filter({ has: button });
      await expect(item).toContainText(`Measures: ${m.measures}`);
      await expect(item).toContainText(`Unit: ${m.unit.replace(/-/g, ' ')}`);
    }
  });
});

test.describe('the sanctions chart', () => {
  const bar = (page: import('@playwright/test').Page, title: string) =>
    page
      .getByRole('group', { name: /^Measures over time/ })
      .getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}:`) });

  test('leads the page: the chart is in the first screen, above the cards, with a bar per recent measure', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open(`view=sanctions&${READINGS}`);
    const chart = page.getByRole('region', { name: 'Sanctions and export controls over time', exact: true });
    const top = await chart.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(900);
    const firstCard = await page
      .getByRole('article')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(firstCard).toBeGreaterThan(top);
    for (const m of shipped.tradeMeasures) await expect(bar(page, m.title)).toHaveCount(1);
    // The window's terms are drawn and read on its bar.
    await expect(bar(page, windowed.title)).toHaveAccessibleName(
      new RegExp(`window until ${formatIsoDate(endsOn)}`),
    );
    await expect(chart.locator('svg')).toContainText(`window until ${formatIsoDate(endsOn)}`);
  });

  test('filters and search narrow the chart, the table and the cards together', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=sanctions');
    const chart = page.getByRole('region', { name: 'Sanctions and export controls over time', exact: true });
    const marks = chart.getByRole('group', { name: /^Measures over time/ }).getByRole('button');
    await page.getByLabel('Actor').selectOption({ label: actor(windowed.imposerId) });
    const byActor = shipped.tradeMeasures.filter(
      (m) => m.imposerId === windowed.imposerId || m.targetId === windowed.imposerId,
    );
    await expect(marks).toHaveCount(byActor.length);
    await expect(page.getByRole('article')).toHaveCount(byActor.length);
    await expect(
      page.getByText(`${byActor.length} of ${shipped.tradeMeasures.length} measures match.`),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(marks).toHaveCount(shipped.tradeMeasures.length);

    await page.getByLabel('Status').selectOption({ label: STATUS_LABEL[draft.status] });
    await expect(marks).toHaveCount(shipped.tradeMeasures.filter((m) => m.status === draft.status).length);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await page.getByRole('searchbox', { name: 'Search' }).fill('rare earth');
    const rare = shipped.tradeMeasures.filter((m) =>
      /rare.earth/i.test(`${m.title} ${m.sector} ${m.description}`),
    );
    await expect(marks).toHaveCount(rare.length);
    await chart.getByText(/^Data table:/).click();
    await expect(chart.getByRole('table').locator('tbody tr')).toHaveCount(rare.length);
    await page.getByRole('searchbox', { name: 'Search' }).fill('no such words here');
    await expect(chart).toContainText('No measure matches the filters.');
  });

  test('is one Tab stop: arrow keys move between bars, Enter opens the quotes', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=sanctions');
    const marks = page.getByRole('group', { name: /^Measures over time/ }).getByRole('button');
    await expect(marks.first()).toHaveAttribute('tabindex', '0');
    const tabbable = await marks.evaluateAll(
      (els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length,
    );
    expect(tabbable).toBe(1);
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(marks.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(marks.last()).toBeFocused();
    // Tab leaves the chart at once, and Shift+Tab comes back to the bar last used.
    await page.keyboard.press('Tab');
    await expect(marks.last()).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(marks.last()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dashboard.drawer().getByRole('heading', { level: 2 }).first()).toBeVisible();
  });
});

test.describe('metric series', () => {
  test('a series with more than one documented point gets a small chart with a table; single points stay figures', async ({
    page,
    dashboard,
  }) => {
    const base = shipped.metrics.find((m) => m.series && m.unit !== 'rank' && m.unit !== 'count')!;
    const extended = structuredClone(shipped);
    const second = {
      ...structuredClone(base),
      id: `${base.id}-later`,
      value: base.value * 2,
      period: {
        ...base.period,
        start: '2025-06-01',
        end: '2025-06-07',
        precision: 'week' as const,
        label: 'first week of Jun 2025',
        inferred: false,
      },
    };
    delete (second.period as { reasoning?: string }).reasoning;
    extended.metrics.push(second);
    await page.route('**/data/dataset.json', (route) => route.fulfill({ json: extended }));
    await dashboard.open('view=sanctions');
    const chart = page.getByRole('region', { name: `Series: ${base.label}` });
    await expect(chart).toBeVisible();
    await expect(chart).toContainText('2 documented points');
    // Keyboard: from the export menu, Tab reaches the chart itself, not Recharts' invisible layer groups.
    await chart.getByRole('button', { name: /^CSV/ }).focus();
    await page.keyboard.press('Tab');
    await expect(chart.locator('svg.recharts-surface')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('g');
    await chart.getByText(/^Data table:/).click();
    await expect(chart.getByRole('table')).toContainText(formatMetricValue({ ...second, comparator: '=' }));
    // Without the added point, no chart: one point is a figure, not a line.
    await page.unroute('**/data/dataset.json');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Figures the documents give' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Series:/ })).toHaveCount(0);
  });
});

test.describe('sanctions accessibility and layout', () => {
  for (const theme of ['Light', 'Dark'] as const) {
    test(`no axe violations (${theme})`, async ({ page, dashboard }) => {
      await dashboard.open('view=sanctions&asOf=2025-03-01');
      await dashboard.setTheme(theme);
      await expect(page.getByRole('article', { name: windowed.title })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('figures are grouped by what they measure: war losses and ranks are apart from trade and energy', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=sanctions');
    const trade = page.getByRole('region', { name: 'Trade and energy figures the documents give' });
    for (const m of shipped.metrics) {
      const name = `${formatMetricValue(m)}, ${m.label}: open source`;
      const inTrade = ['usd', 'barrels-per-day', 'percent'].includes(m.unit);
      await expect(trade.getByRole('button', { name, exact: true })).toHaveCount(inTrade ? 1 : 0);
    }
  });

  test('at 375 px the page does not scroll sideways', async ({ page, dashboard }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await dashboard.open('view=sanctions&asOf=2025-03-01');
    await expect(page.getByRole('article', { name: windowed.title })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
