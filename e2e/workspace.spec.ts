import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { csvRow } from '../app/lib/export/csv.ts';
import { encodeFlatCsv } from '../app/workspace/flat-csv.ts';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await d.path());
}

// A dataset an analyst made: the shipped one, one rate from a new article, and one event they corrected.
const base = shipped.tariffMeasures.find((t) => t.imposerId === 'us' && t.status === 'in-force')!;
const newRate = {
  ...base,
  id: 'tm-users-own-rate',
  rate: 77,
  label: 'A rate from an article the analyst read today: 77%',
  replacesId: undefined,
};
const corrected = { ...shipped.events[0]!, title: `${shipped.events[0]!.title} (corrected by the analyst)` };
const mine = {
  ...shipped,
  tariffMeasures: [...shipped.tariffMeasures, newRate],
  events: [corrected, ...shipped.events.slice(1)],
};

test.describe('your data: a workspace beside the shipped dataset', () => {
  test('an imported dataset shows in the views, survives a reload, and one click goes back to the shipped data', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=workspace');
    await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(/Choose a dataset file/).setInputFiles({
      name: 'my-dataset.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(mine)),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported my-dataset.json' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Both, merged/ })).toBeChecked();
    // The conflict is shown with both versions.
    await expect(page.getByText('One record differs from the shipped data')).toBeVisible();

    // The new rate is in the views, marked as the user's.
    await dashboard.goTo('Escalation');
    await expect(page.getByRole('button', { name: /^77%/ }).first()).toBeAttached();
    await page.getByText('Data table: Tariff rates').click();
    await expect(page.getByRole('button', { name: /yours/ }).first()).toBeVisible();
    // The header search finds it like any other record.
    await page.getByRole('combobox', { name: 'Search records' }).fill('article the analyst read today');
    await expect(page.getByRole('option', { name: new RegExp(newRate.label) })).toBeVisible();
    await dashboard.open(`record=${newRate.id}`);
    await expect(dashboard.drawer().getByRole('heading', { name: newRate.label })).toBeVisible();
    await expect(dashboard.drawer().getByText('yours', { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    // A reload keeps it (IndexedDB).
    await page.reload();
    await dashboard.open(`view=timeline&record=${corrected.id}`);
    await expect(dashboard.drawer().getByRole('heading', { name: corrected.title })).toBeVisible();
    await page.keyboard.press('Escape');

    // One click back to the shipped data: the analyst's records are gone from the views, not from the browser.
    await dashboard.open('view=workspace');
    await page.getByRole('radio', { name: /Shipped dataset/ }).check();
    // Through the app's own navigation, as a user goes (a reload this instant could beat the saved choice).
    await dashboard.goTo('Escalation');
    await expect(page.getByRole('button', { name: /^145%/ }).first()).toBeAttached();
    await expect(page.getByRole('button', { name: /^77%/ })).toHaveCount(0);
    await dashboard.open('view=workspace');
    await expect(page.getByText('From my-dataset.json')).toBeVisible();

    // A link to the user's record, opened on the shipped data, says why it shows nothing instead of doing nothing.
    await dashboard.open(`view=escalation&record=${newRate.id}`);
    await expect(dashboard.drawer().getByRole('heading', { name: 'Record not found' })).toBeVisible();
    await expect(dashboard.drawer()).toContainText(newRate.id);
    await expect(dashboard.drawer()).toContainText(/workspace/);
    await page.keyboard.press('Escape');
    await expect(dashboard.drawer()).toBeHidden();
    await expect(page).not.toHaveURL(/record=/);
  });

  test('a bad file is refused with its problems located, and nothing changes', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=workspace');
    const broken = {
      ...shipped,
      events: [{ ...shipped.events[0]!, date: { ...shipped.events[0]!.date, start: '2025-02-30' } }],
    };
    await page.getByLabel(/Choose a dataset file/).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('broken.json was not imported');
    await expect(alert).toContainText(
      `broken.json › events[0] (${shipped.events[0]!.id}) › date.start: not a real calendar date`,
    );
    await expect(page.getByRole('radio', { name: /Your workspace only/ })).toBeDisabled();
  });

  test('a link made on a workspace says so, and opens on the shipped data where that workspace is missing', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=escalation&data=merged');
    await expect(
      page.getByRole('status').filter({ hasText: 'This link was made on an analyst’s own workspace' }),
    ).toBeVisible();
    await expect(page).not.toHaveURL(/data=merged/);
  });

  test('one collection’s CSV with a bad cell is refused with the file, row and column named', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=workspace');
    const rates = encodeFlatCsv(shipped).find((f) => f.name === 'tariff-measures.csv')!;
    const rows = Papa.parse<string[]>(rates.text, { skipEmptyLines: true }).data;
    const rate = rows[0]!.indexOf('rate');
    rows[1]![rate] = 'abc';
    await page.getByLabel(/Choose a dataset file/).setInputFiles({
      name: 'tariff-measures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.map((r) => csvRow(r)).join('\r\n')),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('tariff-measures.csv was not imported');
    await expect(alert).toContainText('tariff-measures.csv row 2, column rate: expected a number, got "abc"');
    await expect(page.getByRole('radio', { name: /Your workspace only/ })).toBeDisabled();

    // Fixed in the spreadsheet, the same file adds its new rate to the shipped data.
    rows[1]![rate] = '66';
    rows[1]![rows[0]!.indexOf('id')] = 'tm-from-a-spreadsheet';
    await page.getByLabel(/Choose a dataset file/).setInputFiles({
      name: 'tariff-measures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.map((r) => csvRow(r)).join('\r\n')),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported tariff-measures.csv' })).toBeVisible();
    await dashboard.open('view=escalation');
    await expect(page.getByRole('button', { name: /^66%/ }).first()).toBeAttached();
  });

  test('the flat CSVs round-trip: the downloaded zip imports back with nothing lost or changed', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=briefing');
    const zip = await download(page, () =>
      page.getByRole('button', { name: 'Download dataset (CSV files, zip)' }).click(),
    );
    await dashboard.open('view=workspace');
    await page.getByLabel(/Choose a dataset file/).setInputFiles({
      name: 'dataset.zip',
      mimeType: 'application/zip',
      buffer: zip,
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported dataset.zip' })).toBeVisible();
    await expect(page.getByText(/records, of which 0 are new or differ from the shipped data/)).toBeVisible();
    const json = await download(page, () =>
      page.getByRole('button', { name: 'Download workspace (dataset JSON)' }).click(),
    );
    expect(JSON.parse(json.toString('utf8'))).toEqual(shipped);
  });
});
