import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { Dataset } from '../app/data/schema.ts';

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

  async setTheme(theme: 'Light' | 'Dark' | 'High contrast' | 'System') {
    await this.page.getByLabel('Theme').selectOption({ label: theme });
  }
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
