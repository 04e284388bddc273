import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFolder, documentsRequired, notCheckedReason } from '../scripts/documents-folder.ts';
import { quotesOfSource } from '../app/features/curate/highlights.ts';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

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

  test('a pasted text no source has is said to match none', async ({ page, dashboard }) => {
    await dashboard.open('view=curate');
    await page.getByLabel('Or paste its text').fill('An article nobody has curated yet.');
    await page.getByRole('button', { name: 'Open pasted text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No source matches this text' })).toBeVisible();
  });
});
