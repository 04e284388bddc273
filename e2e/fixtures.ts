import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Dataset, TariffMeasure } from '../app/data/schema.ts';
import { indexDataset } from '../app/data/selectors.ts';
import { buildRateBars, rateBarName } from '../app/features/overview/rates-by-direction.ts';

/** The shipped dataset, read the way a curator would: tests look figures up here instead of hard-coding them. */
export const shipped: Dataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/dataset.json'), 'utf8'),
) as Dataset;

/** Page object for the shell every view shares. */
export class Dashboard {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await expect(this.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  }

  async goTo(viewLabel: string) {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: viewLabel }).click();
  }

  drawer() {
    return this.page.getByRole('dialog');
  }

  /** On a phone the As-of, theme and sharing controls fold behind one button: open it when it is there. */
  async openControls() {
    const fold = this.page.locator('.tools-toggle');
    if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false')
      await fold.click();
  }

  async setTheme(theme: 'Light' | 'Dark' | 'High contrast' | 'System') {
    await this.openControls();
    await this.page.getByLabel('Theme').selectOption({ label: theme });
  }

  /** The overview chart's bar of a documented rate (a button that opens its quote), at desktop width. */
  rateBar(t: TariffMeasure) {
    const bar = buildRateBars(shipped, indexDataset(shipped)).find((b) => b.id === t.id)!;
    return this.page.getByRole('button', { name: rateBarName(bar, false), exact: true });
  }
}

/** Adds a custom step (United States on China) through the Scenarios view's form. */
export async function addStep(
  page: Page,
  step: { date: string; rate: string; label: string; basis?: string },
) {
  const form = page.getByRole('form', { name: 'Add a step' });
  await form.getByLabel('Date').fill(step.date);
  await form.getByLabel('Imposer').selectOption({ label: 'United States' });
  await form.getByLabel('Target').selectOption({ label: 'China' });
  await form.getByLabel('Rate (%)').fill(step.rate);
  if (step.basis) await form.getByLabel('Basis').selectOption({ label: step.basis });
  await form.getByLabel('Label').fill(step.label);
  await form.getByRole('button', { name: 'Add step' }).click();
}

/** Runs axe (WCAG 2.2 A/AA) on the current page and fails with the rule ids and targets. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

export const test = base.extend<{ dashboard: Dashboard }>({
  dashboard: async ({ page }, use) => {
    await use(new Dashboard(page));
  },
});

export { expect };
