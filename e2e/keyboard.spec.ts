import type { Locator, Page } from '@playwright/test';
import { LANE_KIND_ROW, type LaneKind } from '../app/charts/events-lane/build-lane.ts';
import { KIND_LABEL } from '../app/charts/shared/event-kinds.ts';
import { expect, shipped, test } from './fixtures.ts';

// A keyboard-only user at 1440×900: the skip link first, then each chart one Tab stop whose marks the arrow
// keys walk (Home/End to the ends), Enter opening a mark's quote.

/** The chart points in the order the chart draws them: by date, the highest rate first on a shared date. */
const byTime = [...shipped.tariffMeasures].sort(
  (a, b) => a.date.start.localeCompare(b.date.start) || b.rate - a.rate,
);

/** Presses Tab until focus is on one of `marks`; the number of presses, or `max + 1` when none got there. */
async function tabsUntilFocusIn(page: Page, marks: Locator, max: number): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await marks.evaluateAll((els) => els.some((el) => el === document.activeElement))) return n;
  }
  return max + 1;
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
const focusIsIn = (marks: Locator) =>
  marks.evaluateAll((els) => els.some((el) => el === document.activeElement));

/** Tab 1 is the skip link, shown on screen; Enter on it moves focus past the header to the main content. */
async function skipTheHeader(page: Page) {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
}

/**
 * The chart's marks are one Tab stop: Tab enters on the first mark; →, End and Home move between them (the
 * accessible name changes); the next Tab leaves the chart and Shift+Tab comes back to the mark last used.
 */
async function expectOneTabStop(page: Page, marks: Locator) {
  expect(await marks.count(), 'the chart has marks to walk').toBeGreaterThan(2);
  const tabs = await tabsUntilFocusIn(page, marks, 60);
  expect(tabs, 'Tab reaches the chart').toBeLessThanOrEqual(60);
  await expect(marks.first()).toBeFocused();
  const first = await focusedName(page);
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  expect(await focusedName(page)).not.toBe(first);
  await page.keyboard.press('End');
  await expect(marks.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(marks.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const used = await focusedName(page);
  await page.keyboard.press('Tab');
  expect(await focusIsIn(marks), 'one more Tab leaves the chart').toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(marks.nth(1)).toBeFocused();
  expect(await focusedName(page)).toBe(used);
}

test.describe('keyboard: the skip link, then each chart one Tab stop', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('Escalation: the first chart point within 15 Tabs, arrows between points, Enter opens the quote', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    const points = page.getByRole('group', { name: 'Tariff rates over time' }).getByRole('button');
    await expect(points.first()).toBeVisible();
    await skipTheHeader(page);
    // The skip link's Tab counts too.
    const tabs = 1 + (await tabsUntilFocusIn(page, points, 40));
    expect(tabs, 'Tabs from page load to the first chart point').toBeLessThanOrEqual(15);
    await expect(points.first()).toBeFocused();
    await expect(points.first()).toHaveAccessibleName(new RegExp(`^${byTime[0]!.rate}%`));

    await page.keyboard.press('ArrowRight');
    const second = points.nth(1);
    await expect(second).toBeFocused();
    await expect(second).not.toHaveAccessibleName((await points.first().getAttribute('aria-label'))!);
    await page.keyboard.press('Enter');
    const drawer = dashboard.drawer();
    await expect(drawer.getByRole('heading', { name: byTime[1]!.label })).toBeVisible();
    await expect(drawer.locator('blockquote').first()).toContainText(
      byTime[1]!.evidence[0]!.quote.slice(0, 40),
    );
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(second).toBeFocused();

    // Space opens it as well.
    await page.keyboard.press(' ');
    await expect(drawer.getByRole('heading', { name: byTime[1]!.label })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(second).toBeFocused();

    // One more Tab leaves the points: no other point of the chart is the next stop.
    await page.keyboard.press('Tab');
    expect(await focusIsIn(points)).toBe(false);
  });

  test('Escalation: the points, and the events lane under them, are each one Tab stop', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    const points = page.getByRole('group', { name: 'Tariff rates over time' }).getByRole('button');
    await expect(points.first()).toBeVisible();
    await skipTheHeader(page);
    await expectOneTabStop(page, points);

    const lane = page.getByRole('group', { name: 'Events on the same time axis' }).getByRole('button');
    await expectOneTabStop(page, lane);
    // ↓ goes to the first event of the next row (talks and meetings), ↑ back to the first row.
    await lane.first().focus();
    await page.keyboard.press('ArrowDown');
    const talks = (Object.keys(LANE_KIND_ROW) as LaneKind[])
      .filter((k) => LANE_KIND_ROW[k] === 'talks')
      .map((k) => KIND_LABEL[k]);
    const down = await focusedName(page);
    expect(
      talks.some((label) => down?.startsWith(`${label}:`)),
      `"${down}" is an event of the talks row`,
    ).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect(lane.first()).toBeFocused();
  });

  test('Overview: the rate bars are one Tab stop, walked with the arrow keys', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open();
    const bars = page
      .getByRole('group', { name: 'Documented tariff rates by direction' })
      .getByRole('button');
    await expect(bars.first()).toBeVisible();
    await skipTheHeader(page);
    await expectOneTabStop(page, bars);
    await page.keyboard.press('Enter');
    await expect(dashboard.drawer().locator('blockquote').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(bars.nth(1)).toBeFocused();
  });

  test('Timeline: the marks are one Tab stop; ←/→ walk them, ↓ goes to the next lane', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=timeline&tlFrom=2025-10-01&tlTo=2025-11-30');
    const region = page.getByRole('region', { name: /Timeline lanes/ });
    const marks = region.getByRole('button');
    await expect(marks.first()).toBeVisible();
    await skipTheHeader(page);
    await expectOneTabStop(page, marks);
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(region.getByRole('group').nth(1).getByRole('button').first()).toBeFocused();
  });
});
