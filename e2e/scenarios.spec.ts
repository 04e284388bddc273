import { addStep, expect, expectNoAxeViolations, shipped, test, type Dashboard } from './fixtures.ts';
import type { Page } from '@playwright/test';

// Figures come from the dataset: the first preset whose steps touch the US headline rate on China.
const preset = shipped.scenarios.find((p) =>
  p.steps.some((s) => s.imposerId === 'us' && s.targetId === 'china' && s.basis === 'headline'),
)!;
const presetStep = preset.steps.find((s) => s.imposerId === 'us' && s.basis === 'headline')!;
const other = shipped.scenarios.find((p) => p.id !== preset.id)!;
const usd = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

async function openScenarios(dashboard: Dashboard, query = '') {
  await dashboard.open(`view=scenarios${query ? `&${query}` : ''}`);
  await expect(dashboard.page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
}

const chart = (page: Page) =>
  page.getByRole('region', { name: 'Escalation: documented rates and Scenario A' });
const dutyRegion = (page: Page) => page.getByRole('region', { name: 'Duty calculator' });

test.describe('scenarios: toggles, custom steps, duty', () => {
  test('switching a preset on changes the path, the summary and the duty at once', async ({
    page,
    dashboard,
  }) => {
    await openScenarios(dashboard);
    const toggle = page.getByRole('switch', { name: preset.title });
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(chart(page).getByText(/^Documented rates only/)).toBeVisible();
    const headlineRow = dutyRegion(page).getByRole('row').filter({ hasText: 'Headline rate' });
    await expect(headlineRow).toHaveCount(1);
    const dutySummary = page.getByTestId('duty-summary');
    const before = await dutySummary.textContent();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    // The path: a scenario line in the legend and a scenario point naming the preset that produced it.
    await expect(chart(page).getByRole('list', { name: 'Rate lines' })).toContainText(
      'Scenario A — US on China, headline rate',
    );
    await expect(
      chart(page)
        .getByRole('button', { name: new RegExp(`scenario from ${escapeRe(preset.title)}`) })
        .first(),
    ).toBeVisible();
    // The summary says it is a scenario and names the preset.
    await expect(chart(page).locator('.chart-summary')).toContainText('Scenario A, not documented fact');
    await expect(chart(page).locator('.chart-summary')).toContainText(preset.title);
    // The duty: a scenario row for the preset, with the preset's rate applied to the default $10,000.
    const scenarioRow = dutyRegion(page)
      .getByRole('row')
      .filter({ hasText: preset.title })
      .filter({ hasText: 'Headline rate' });
    await expect(scenarioRow).toContainText('Scenario');
    await expect(scenarioRow).toContainText(usd((10_000 * presetStep.rate) / 100));
    await expect(dutySummary).not.toHaveText(before ?? '');
    // And the URL carries it.
    await expect(page).toHaveURL(new RegExp(`sc=${preset.id}`));
  });

  test('the duty follows the shipment value and date the user enters', async ({ page, dashboard }) => {
    await openScenarios(dashboard);
    await dutyRegion(page).getByLabel('Shipment customs value (USD)').fill('250000');
    await dutyRegion(page).getByLabel('Date of entry').fill(presetStep.date);
    await page.getByRole('switch', { name: preset.title }).click();
    const row = dutyRegion(page)
      .getByRole('row')
      .filter({ hasText: preset.title })
      .filter({ hasText: 'Headline rate' });
    await expect(row).toContainText(usd((250_000 * presetStep.rate) / 100));
    await expect(row).toContainText(usd(250_000 + (250_000 * presetStep.rate) / 100));
    await expect(page).toHaveURL(/dv=250000/);
  });

  test('a date of entry typed with the keyboard over the default is the date the duty uses', async ({
    page,
    dashboard,
  }) => {
    await openScenarios(dashboard);
    const field = dutyRegion(page).getByLabel('Date of entry');
    await field.focus();
    // Typed segment by segment (month, day, year), as a keyboard user does in Chromium's en-US date field.
    await page.keyboard.type('07012026');
    await expect(field).toHaveValue('2026-07-01');
    await expect(page.getByTestId('duty-summary')).toContainText('on 1 Jul 2026');
    await expect(page).toHaveURL(/dd=2026-07-01/);
  });

  test('a custom step is validated, added, edited and removed', async ({ page, dashboard }) => {
    await openScenarios(dashboard);
    const form = page.getByRole('form', { name: 'Add a step' });
    await form.getByRole('button', { name: 'Add step' }).click();
    const errors = form.getByRole('alert');
    await expect(errors).toContainText('Date:');
    await expect(errors).toContainText('Rate:');
    await expect(errors).toContainText('Label:');
    await expect(form.getByLabel('Rate (%)')).toHaveAttribute('aria-invalid', 'true');

    await addStep(page, { date: '2026-03-01', rate: '75', label: 'My what-if' });
    const mine = page.getByRole('list', { name: 'Your steps' });
    await expect(mine).toContainText('75%');
    await expect(mine).toContainText('My what-if');
    await expect(chart(page).locator('.chart-summary')).toContainText('Custom step 1: My what-if');

    await page.getByRole('button', { name: 'Edit your step 1' }).click();
    const edit = page.getByRole('form', { name: 'Edit your step 1' });
    await edit.getByLabel('Rate (%)').fill('1200');
    await edit.getByRole('button', { name: 'Save step' }).click();
    await expect(edit.getByRole('alert')).toContainText('Rate:');
    await edit.getByLabel('Rate (%)').fill('80');
    await edit.getByRole('button', { name: 'Save step' }).click();
    await expect(mine).toContainText('80%');

    await page.getByRole('button', { name: 'Remove your step 1' }).click();
    await expect(page.getByRole('list', { name: 'Your steps' })).toHaveCount(0);
    await expect(chart(page).getByText(/^Documented rates only/)).toBeVisible();
  });

  test('a reload, a reload without the link, and a shared link all restore the same state', async ({
    page,
    dashboard,
    browser,
  }) => {
    await openScenarios(dashboard);
    await page.getByRole('switch', { name: preset.title }).click();
    await addStep(page, { date: '2026-02-01', rate: '33', label: 'Shared step, 33% & more' });
    await page.getByRole('checkbox', { name: other.title }).check();
    // The address bar follows once the browser is idle: wait until it carries all three parts.
    await expect(page).toHaveURL(/cs=/);
    await expect(page).toHaveURL(new RegExp(`sc=${preset.id}`));
    await expect(page).toHaveURL(new RegExp(`cmp=${other.id}`));
    const link = page.url();

    await page.reload();
    await expect(page.getByRole('switch', { name: preset.title })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('list', { name: 'Your steps' })).toContainText('Shared step, 33% & more');
    await expect(page.getByRole('checkbox', { name: other.title })).toBeChecked();

    // Without the URL parameters the custom steps are still there (saved in this browser).
    await openScenarios(dashboard);
    await expect(page.getByRole('list', { name: 'Your steps' })).toContainText('Shared step, 33% & more');

    // A recipient in a fresh browser sees exactly the same.
    const context = await browser.newContext();
    const other2 = await context.newPage();
    await other2.goto(link);
    await expect(other2.getByRole('switch', { name: preset.title })).toHaveAttribute('aria-checked', 'true');
    await expect(other2.getByRole('list', { name: 'Your steps' })).toContainText('Shared step, 33% & more');
    await expect(other2.getByRole('checkbox', { name: other.title })).toBeChecked();
    await expect(
      other2
        .getByRole('region', { name: 'Escalation: documented rates and Scenario A' })
        .locator('.chart-summary'),
    ).toContainText('Custom step 1: Shared step, 33% & more');
    await context.close();
  });

  test('a shared link never silently replaces the steps the user made', async ({ page, dashboard }) => {
    await openScenarios(dashboard);
    await addStep(page, { date: '2026-04-01', rate: '41', label: 'Made here' });
    await dashboard.open(`view=scenarios&sc=${preset.id}&cs=1_2026-01-01_us_china_55_h_From%20the%20link`);
    await expect(
      page.getByRole('status').filter({ hasText: 'This link brings its own scenario steps' }),
    ).toBeVisible();
    const mine = page.getByRole('list', { name: 'Your steps' });
    await expect(mine).toContainText('From the link');
    await expect(mine).not.toContainText('Made here');
    await page.getByRole('button', { name: /Restore the 1 step you had before opening this link/ }).click();
    await expect(mine).toContainText('From the link');
    await expect(mine).toContainText('Made here');
  });

  test('a malformed scenario link is reported, and the rest of it still applies', async ({
    page,
    dashboard,
  }) => {
    await openScenarios(
      dashboard,
      `sc=${preset.id},no-such-preset&cs=1_2025-02-30_us_china_10_h_bad*2_2026-01-01_us_china_55_h_good&dv=lots`,
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'Custom step 1 in the link was dropped' }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'shipment value in the link' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'no-such-preset' })).toBeVisible();
    await expect(page.getByRole('switch', { name: preset.title })).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('list', { name: 'Your steps' })).toContainText('good');
    await expect(page.getByRole('list', { name: 'Your steps' })).not.toContainText('bad');
  });

  test('corrupted saved steps give a notice, are kept aside, and nothing crashes', async ({
    page,
    dashboard,
  }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('tsd-scenarios', '{"state": {"customSteps": [tru');
      }
    });
    await openScenarios(dashboard);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('tsd-scenarios:backup:'))
          .map((k) => localStorage.getItem(k)),
      ),
    ).toEqual(['{"state": {"customSteps": [tru']);
    await page.getByRole('switch', { name: preset.title }).click();
    await expect(page.getByRole('switch', { name: preset.title })).toHaveAttribute('aria-checked', 'true');
  });

  test('saved steps with one invalid entry keep the valid ones and say what was set aside', async ({
    page,
    dashboard,
  }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        const good = {
          n: 1,
          date: '2026-01-01',
          imposerId: 'us',
          targetId: 'china',
          rate: 20,
          basis: 'headline',
          label: 'kept',
        };
        const bad = { ...good, n: 2, rate: -5, label: 'broken' };
        localStorage.setItem(
          'tsd-scenarios',
          JSON.stringify({ state: { customSteps: [good, bad], nextN: 3 }, version: 1 }),
        );
      }
    });
    await openScenarios(dashboard);
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved custom step 2 was invalid' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Your steps' })).toContainText('kept');
  });
});

test.describe('scenarios: accessibility', () => {
  for (const theme of ['Light', 'Dark'] as const) {
    test(`no axe violations with presets, steps and a comparison (${theme})`, async ({ page, dashboard }) => {
      await openScenarios(dashboard, `sc=${preset.id}&cmp=${other.id}&cs=1_2026-01-01_us_china_20_u_mine`);
      await dashboard.setTheme(theme);
      await expect(page.getByRole('heading', { name: 'Compare two scenarios side by side' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('works at 375 px without page-level horizontal scroll, keyboard only', async ({ page, dashboard }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openScenarios(dashboard, `cmp=${other.id}`);
    const toggle = page.getByRole('switch', { name: preset.title });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
