import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

// The summer pair as the dataset holds it: two readings giving each side 10% or 30% (looked up, not typed in).
const pair = shipped.ambiguities.find((a) =>
  a.readings.every((r) => r.values.length === 2 && r.values.every((v) => v.rate !== undefined)),
)!;
const usRecord = shipped.tariffMeasures.find(
  (m) => m.imposerId === 'us' && pair.readings[0]!.values.some((v) => v.recordId === m.id),
)!;
const rateUnder = (readingIndex: number) =>
  pair.readings[readingIndex]!.values.find((v) => v.recordId === usRecord.id)!.rate!;
const [low, high] = [rateUnder(0), rateUnder(1)].sort((x, y) => x - y) as [number, number];
const both = `${low}% or ${high}%`;
const chartFrame = (page: Page) =>
  page.getByRole('region', { name: 'Tariff rates, US on China and China on US' });

async function csvOf(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chartFrame(page).getByRole('button', { name: /^CSV/ }).click(),
  ]);
  return (await readFile((await download.path())!)).toString('utf8');
}

test.describe('readings of ambiguous figures', () => {
  test('with no reading picked, the escalation chart, its summary, table, tooltip and CSV say "10% or 30%"', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation');
    const frame = chartFrame(page);
    // The summary says what was in force on the date, with both values and that the figure is ambiguous.
    await expect(frame.locator('.chart-summary')).toContainText(`US on China: ${both} (ambiguous`);
    // The band is drawn and labelled with both values.
    await expect(frame.locator('.tsc-readings-band').first()).toBeVisible();
    await expect(frame.locator('svg').getByText(both, { exact: true }).first()).toBeVisible();
    // Tooltip on the US summer point.
    const point = frame.getByRole('button', { name: new RegExp(`^${both}, US on China`) });
    await point.hover();
    await expect(page.getByRole('tooltip')).toContainText(both);
    await expect(page.getByRole('tooltip')).toContainText('No reading picked');
    // Table.
    await frame.getByText('Data table: Tariff rates, US on China and China on US').click();
    await expect(frame.getByRole('table').getByRole('row').filter({ hasText: both })).toHaveCount(2);
    // CSV export.
    expect(await csvOf(page)).toContain(both);
    await expectNoAxeViolations(page);
  });

  test('picking a reading changes the chart, the calculator and the CSV, and survives a permalink reload', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=scenarios');
    const duty = page.getByTestId('duty-summary');
    // $10,000 of goods: the open pair gives both duties.
    const money = (rate: number) => `$${(rate * 100).toLocaleString('en-US')}`;
    // The bottom line gives each reading's duty, never one silently.
    const dutyAt = (rate: number) => `${money(rate)} (${rate}% headline rate`;
    await expect(duty).toContainText('depending on how the documents are read');
    await expect(duty).toContainText(dutyAt(low));
    await expect(duty).toContainText(dutyAt(high));
    await expect(page.getByTestId('duty-readings')).toContainText(`No reading picked for ${pair.title}`);

    // Pick reading B in the header's Readings control (keyboard-reachable: a disclosure and a select).
    await page.getByText('Readings: all shown').click();
    await page.getByLabel(pair.title).selectOption(pair.readings[1]!.id);
    await expect(page).toHaveURL(new RegExp(`readings=${pair.id}%3A${pair.readings[1]!.id}`));
    const b = rateUnder(1);
    await expect(duty).toContainText(dutyAt(b));
    await expect(duty).not.toContainText(dutyAt(rateUnder(0)));
    await expect(page.getByTestId('duty-readings')).toContainText(`Computed with ${pair.title}: reading B`);

    // The escalation chart now draws one value, says which reading, and the CSV carries it.
    await page.getByRole('link', { name: 'Escalation' }).click();
    const frame = chartFrame(page);
    await expect(frame.locator('.tsc-readings-band')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: new RegExp(`^${b}%, US on China`) })).toBeVisible();
    await expect(frame.locator('.chart-summary')).toContainText('reading B');
    const csv = await csvOf(page);
    expect(csv).not.toContain(both);
    expect(csv).toContain(`${b}%`);

    // A permalink (reload) keeps the reading.
    await page.reload();
    await expect(page.getByText('Readings: 1 of')).toBeVisible();
    await expect(
      chartFrame(page).getByRole('button', { name: new RegExp(`^${b}%, US on China`) }),
    ).toBeVisible();
    await expect(chartFrame(page).locator('.tsc-readings-band')).toHaveCount(0);

    // Back to all readings.
    await page.getByText('Readings: 1 of').click();
    await page.getByRole('button', { name: 'Show all readings again' }).click();
    await expect(page).not.toHaveURL(/readings=/);
    await expect(chartFrame(page).locator('.tsc-readings-band').first()).toBeVisible();
  });

  test('outside knowledge is labelled as not from these documents', async ({ dashboard }) => {
    await dashboard.open(`view=escalation&record=${usRecord.id}`);
    await expect(
      dashboard
        .drawer()
        .getByText(/^Not from these documents/)
        .first(),
    ).toBeVisible();
  });
});
