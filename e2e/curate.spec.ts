import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFolder, documentsRequired, notCheckedReason } from '../scripts/documents-folder.ts';
import { quotesOfSource } from '../app/features/curate/highlights.ts';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

/** Selects a passage of the open document's text, as a mouse drag would. */
async function selectPassage(page: Page, passage: string) {
  await page.getByTestId('document-text').evaluate((root, passage) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const starts = nodes.map((n) => ((all += n.data), all.length - n.data.length));
    const at = all.indexOf(passage);
    if (at === -1) throw new Error(`passage not in the document: ${passage}`);
    const locate = (offset: number) => {
      const k = starts.findLastIndex((s) => s <= offset);
      return [nodes[k]!, offset - starts[k]!] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + passage.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, passage);
}

const seeds = documentsFolder();
const source = shipped.sources.find((s) => s.id === 'doc-000')!;
const quotes = quotesOfSource(shipped, source.id);

test.describe('Curate: a document with every quote the dataset takes from it', () => {
  test.beforeEach(() => {
    // The documents are not part of the repository: on a plain clone say so; where required (.ci/run), fail.
    if (!existsSync(seeds)) {
      if (!documentsRequired()) test.skip(true, `NOT checked: ${notCheckedReason(seeds)}`);
      throw new Error(`documents are required (REQUIRE_DOCUMENTS=1) but ${notCheckedReason(seeds)}`);
    }
  });

  test('document 000 is matched to its source and all its quotes are highlighted; a highlight opens its record', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=curate');
    await expect(page.getByRole('heading', { level: 1, name: 'Curate' })).toBeVisible();
    await page.getByLabel(/Choose a document file/).setInputFiles(join(seeds, source.file));
    const match = page.getByRole('status').filter({ hasText: `Matches source: ${source.title}` });
    await expect(match).toBeVisible();
    await expect(match).toContainText(`${quotes.length} of ${quotes.length} quotes highlighted`);
    const marked = await page
      .getByTestId('document-text')
      .locator('mark')
      .evaluateAll((marks) => new Set(marks.flatMap((m) => m.dataset.quotes!.split(' '))).size);
    expect(marked).toBe(quotes.length);
    await expect(page.getByText(/Broken: quote no longer in this document/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A highlight opens the record quoting it.
    const tm = shipped.tariffMeasures.find((t) => t.evidence.some((e) => e.sourceId === source.id))!;
    const q = quotes.findIndex((x) => x.recordId === tm.id);
    await page.locator(`mark[data-quotes~="${q}"]`).first().getByRole('button').click();
    await expect(dashboard.drawer()).toBeVisible();
  });

  test('a passage selected in document 000 becomes a tariff measure of your own, on the escalation chart after a reload', async ({
    page,
    dashboard,
  }) => {
    const passage = 'he would impose a 100% tariff on goods from the related country starting November 1st';
    const label = 'US on China: 100% threatened from 1 Nov (curated here)';
    await dashboard.open('view=curate');
    await page.getByLabel(/Choose a document file/).setInputFiles(join(seeds, source.file));
    await expect(
      page.getByRole('status').filter({ hasText: `Matches source: ${source.title}` }),
    ).toBeVisible();

    // Select the passage as a user would: a range over the document's text, across highlights.
    await page.getByTestId('document-text').evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const at = all.indexOf(wanted);
      if (at < 0) throw new Error('passage not in the document text');
      const locate = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('offset out of range');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, passage);
    await page.getByRole('button', { name: 'New tariff measure from selection' }).click();

    const form = page.getByRole('form', { name: 'New tariff measure' });
    await expect(form.getByLabel('Quote')).toHaveValue(passage);
    await expect(form.getByText('Verbatim in this document')).toBeVisible();
    // A typo is caught as it is typed; saving lists what is missing, field by field.
    await form.getByLabel('Quote').fill(passage.replace('100%', '110%'));
    await expect(form.getByText('Not verbatim in this document')).toBeVisible();
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(form.getByText(/^Imposer:/)).toBeVisible();
    await expect(form.getByText(/^Quote:.*not verbatim/)).toBeVisible();

    await form.getByLabel('Quote').fill(passage);
    await form.getByLabel('Imposer').selectOption({ label: 'United States' });
    await form.getByLabel('Target').selectOption({ label: 'China' });
    await form.getByLabel('Rate (%)').fill('100');
    await form.getByLabel('Status').selectOption('threatened');
    await form.getByLabel('Date').fill('2025-11-01');
    await form.getByLabel('Label').fill(label);
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved “${label}”` })).toBeVisible();

    for (const pass of ['saved', 'after a reload']) {
      if (pass !== 'saved') await page.reload();
      await dashboard.open('view=escalation');
      await page.getByText('Data table: Tariff rates').click();
      await expect(page.getByRole('button', { name: `${label} (yours)` }).first(), pass).toBeVisible();
    }
  });

  test('a pasted text no source has is said to match none', async ({ page, dashboard }) => {
    await dashboard.open('view=curate');
    await page.getByLabel('Or paste its text').fill('An article nobody has curated yet.');
    await page.getByRole('button', { name: 'Open pasted text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No source matches this text' })).toBeVisible();
  });

  test('a tariff measure made from a selection is saved to the workspace and shows on Escalation as yours', async ({
    page,
    dashboard,
  }) => {
    await dashboard.open('view=curate');
    await page.getByLabel(/Choose a document file/).setInputFiles(join(seeds, source.file));
    await expect(page.getByRole('status').filter({ hasText: 'Matches source' })).toBeVisible();
    const passage = 'by summer, the tariffs were reduced to 10% and 30%';
    await selectPassage(page, passage);
    await page.getByRole('button', { name: 'New tariff measure from selection' }).click();
    const form = page.getByRole('form', { name: 'New tariff measure' });
    await expect(form.getByLabel('Quote')).toHaveValue(passage);
    await expect(form.getByText('Verbatim in this document')).toBeVisible();

    // The quote is checked as it is typed; the schema's problems are shown by field.
    await form.getByLabel('Quote').fill(`${passage} and 40%`);
    await expect(form.getByText('Not verbatim in this document')).toBeVisible();
    await form.getByLabel('Quote').fill(passage);
    await form.getByLabel('Rate (%)').fill('abc');
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(form.getByText(/^Rate \(%\):/)).toBeVisible();
    await expect(form.getByText(/^Date:/)).toBeVisible();
    await expectNoAxeViolations(page);

    const label = 'China on US: 30% by summer (from Curate)';
    await form.getByLabel('Imposer').selectOption({ label: 'China' });
    await form.getByLabel('Target').selectOption({ label: 'United States' });
    await form.getByLabel('Rate (%)').fill('30');
    await form.getByLabel('Status').selectOption('in-force');
    await form.getByLabel('Date').fill('2025-06-01');
    await form.getByLabel('Label').fill(label);
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved “${label}”` })).toBeVisible();

    await dashboard.goTo('Escalation');
    await page.getByText('Data table: Tariff rates').click();
    await page.getByRole('button', { name: /yours/ }).first().click();
    await expect(dashboard.drawer().getByRole('heading', { name: label })).toBeVisible();
  });
});
