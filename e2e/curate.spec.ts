import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentsFolder, documentsRequired, notCheckedReason } from '../scripts/documents-folder.ts';
import { quotesOfSource } from '../app/features/curate/highlights.ts';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shipped, test, type Dashboard } from './fixtures.ts';

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

/** A text as a regular expression that matches it literally. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens document 000 in Curate and waits for its match. */
async function openDocument000(page: Page, dashboard: Dashboard) {
  await dashboard.open('view=curate');
  await page.getByLabel(/Choose a document file/).setInputFiles(join(seeds, source.file));
  await expect(page.getByRole('status').filter({ hasText: `Matches source: ${source.title}` })).toBeVisible();
}

/** Selects a passage, starts a record from it and picks its collection; returns the form. */
async function startRecord(page: Page, passage: string, type: string, formName: string) {
  await selectPassage(page, passage);
  await page.getByRole('button', { name: 'New record from selection' }).click();
  await page.getByLabel('Record type').selectOption({ label: type });
  const form = page.getByRole('form', { name: formName });
  await expect(form.getByLabel('Quote')).toHaveValue(passage);
  return form;
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

  test('a pasted text no source has is said to match none', async ({ page, dashboard }) => {
    await dashboard.open('view=curate');
    await page.getByLabel('Or paste its text').fill('An article nobody has curated yet.');
    await page.getByRole('button', { name: 'Open pasted text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No source matches this text' })).toBeVisible();
  });

  test('a passage selected in document 000 becomes a tariff measure of your own, a mark on the escalation chart, after a reload too', async ({
    page,
    dashboard,
  }) => {
    const passage = 'he would impose a 100% tariff on goods from the related country starting November 1st';
    const label = 'US on China: 100% threatened from 1 Nov (curated here)';
    await openDocument000(page, dashboard);
    const form = await startRecord(page, passage, 'Tariff measure', 'New tariff measure');
    await expect(form.getByText('Verbatim in this document')).toBeVisible();

    // A typo is caught as it is typed; saving lists the schema's problems, each at its field.
    await form.getByLabel('Quote').fill(passage.replace('100%', '110%'));
    await expect(form.getByText('Not verbatim in this document')).toBeVisible();
    await form.getByLabel('Rate (%)', { exact: true }).fill('abc');
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(form.getByText(/^Imposer: Invalid input/)).toBeVisible();
    await expect(form.getByText(/^Rate \(%\): Invalid input: expected number/)).toBeVisible();
    await expect(form.getByText(/^Quote:.*not verbatim/)).toBeVisible();
    await expect(form.getByText(/^Date: Invalid input/)).toBeVisible();
    await expect(form.getByLabel('Rate (%)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await form.getByLabel('Quote').fill(passage);
    await form.getByLabel('Imposer', { exact: true }).selectOption({ label: 'United States' });
    await form.getByLabel('Target', { exact: true }).selectOption({ label: 'China' });
    await form.getByLabel('Rate (%)', { exact: true }).fill('100');
    // Its own basis, so its mark is its own line's, not merged with a shipped record's.
    await form.getByLabel('Basis', { exact: true }).selectOption('unspecified');
    await form.getByLabel('Status', { exact: true }).selectOption('threatened');
    await form
      .getByRole('group', { name: 'Date' })
      .getByLabel('First day', { exact: true })
      .fill('2025-11-01');
    await form.getByLabel('Label', { exact: true }).fill(label);
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved “${label}”` })).toBeVisible();

    for (const pass of ['saved', 'after a reload']) {
      if (pass !== 'saved') await page.reload();
      await dashboard.open('view=escalation');
      // The mark on the chart itself: its rate, direction, status and date, and that it is the user's own.
      const mark = page.locator('.tsc-points').getByRole('button', {
        name: /^100%, US on China, .*threatened, 1 Nov 2025, yours \(from your workspace\)/,
      });
      await expect(mark, pass).toHaveCount(1);
      await expect(mark.locator('.yours-ring'), pass).toHaveCount(1);
    }
    await page
      .locator('.tsc-points')
      .getByRole('button', { name: /yours \(from your workspace\)/ })
      .click();
    await expect(dashboard.drawer().getByRole('heading', { name: label })).toBeVisible();
    await expect(dashboard.drawer().getByText('yours', { exact: true })).toBeVisible();
  });

  test('a tariff measure read two ways gets its readings: the Readings control offers them and the chart mark follows the one picked', async ({
    page,
    dashboard,
  }) => {
    const passage = 'he would impose a 100% tariff on goods from the related country starting November 1st';
    const open = 'Which rate the curated threat names';
    await openDocument000(page, dashboard);
    const form = await startRecord(page, passage, 'Tariff measure', 'New tariff measure');
    await form.getByLabel('Imposer', { exact: true }).selectOption({ label: 'United States' });
    await form.getByLabel('Target', { exact: true }).selectOption({ label: 'China' });
    await form.getByLabel('Rate (%)', { exact: true }).fill('100');
    await form.getByLabel('Basis', { exact: true }).selectOption('unspecified');
    await form.getByLabel('Status', { exact: true }).selectOption('threatened');
    await form
      .getByRole('group', { name: 'Date' })
      .getByLabel('First day', { exact: true })
      .fill('2025-11-01');
    await form.getByLabel('Label', { exact: true }).fill('US on China: threat of 1 Nov (read two ways)');
    const readings = form.getByRole('group', { name: 'Readings (optional)' });
    await readings.getByLabel('What is open').fill(open);
    await readings.getByLabel('Field the readings set').selectOption('rate');
    await readings.getByLabel('Reading a: label').fill('100% as written');
    await readings.getByLabel('Reading a: reasoning').fill('The figure as the document gives it.');
    await readings.getByLabel('Reading a: rate').fill('100');
    await readings.getByLabel('Reading b: label').fill('10%, a slip');
    await readings
      .getByLabel('Reading b: reasoning')
      .fill('A test reading: the figure read as a slip for 10%.');
    await readings.getByLabel('Reading b: rate').fill('abc');
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(readings.getByText(/^Reading b: rate \(%\): Invalid input: expected number/)).toBeVisible();
    await readings.getByLabel('Reading b: rate').fill('10');
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved “US on China: threat of 1 Nov' }),
    ).toBeVisible();

    await dashboard.goTo('Escalation');
    await page.getByText('Readings: all shown').click();
    await page.getByLabel(open).selectOption('b');
    await expect(
      page
        .locator('.tsc-points')
        .getByRole('button', { name: /^10%, US on China, .*yours \(from your workspace\)/ }),
    ).toHaveCount(1);
  });

  test('a passage becomes an event of your own, marked on the timeline', async ({ page, dashboard }) => {
    const passage = 'Six days later, Trump called Vladimir Putin and proposed a meeting.';
    const title = 'Trump calls Putin (curated here)';
    await openDocument000(page, dashboard);
    const form = await startRecord(page, passage, 'Event', 'New event');
    await form.getByLabel('Kind', { exact: true }).selectOption('call');
    await form.getByLabel('Status', { exact: true }).selectOption('held');
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form
      .getByRole('group', { name: 'Date' })
      .getByLabel('First day', { exact: true })
      .fill('2025-10-07');
    // An event without parties is refused at its field.
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(form.getByRole('group', { name: 'Parties' }).getByText(/^Parties: /)).toBeVisible();
    const parties = form.getByRole('group', { name: 'Parties' });
    await parties.getByLabel('United States', { exact: true }).check();
    await parties.getByLabel('Russia', { exact: true }).check();
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved “${title}”` })).toBeVisible();

    await dashboard.goTo('Timeline');
    const mark = page
      .getByRole('region', { name: /Timeline lanes/ })
      .getByRole('button', { name: new RegExp(`${escaped(title)}.*\\(yours\\)$`) });
    await expect(mark).toHaveCount(1);
    await mark.click();
    await expect(dashboard.drawer().getByRole('heading', { name: title })).toBeVisible();
  });

  test('a passage becomes a sanction of your own, on the sanctions chart; an inferred date asks for its reasoning', async ({
    page,
    dashboard,
  }) => {
    const passage = 'the U.S. imposed new sanctions on the Russian oil industry';
    const title = 'US sanctions on Russian oil (curated here)';
    await openDocument000(page, dashboard);
    const form = await startRecord(
      page,
      passage,
      'Sanction or export control',
      'New sanction or export control',
    );
    await form.getByLabel('Kind', { exact: true }).selectOption('sanction');
    await form.getByLabel('Imposer', { exact: true }).selectOption({ label: 'United States' });
    await form.getByLabel('Target', { exact: true }).selectOption({ label: 'Russia' });
    await form.getByLabel('Sector').fill('oil');
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form
      .getByLabel('Description', { exact: true })
      .fill('New US sanctions on the Russian oil industry');
    await form.getByLabel('Status', { exact: true }).selectOption('in-force');
    const date = form.getByRole('group', { name: 'Date' });
    await date.getByLabel('First day', { exact: true }).fill('2025-10-20');
    await date.getByRole('checkbox', { name: /^Inferred/ }).check();
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(date.getByText('Date, reasoning: an inferred date needs its reasoning')).toBeVisible();
    await date
      .getByLabel(/^Reasoning/)
      .fill('The document dates it after the call of 7 October, without a day.');
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved “${title}”` })).toBeVisible();

    await dashboard.goTo('Sanctions');
    const bar = page
      .getByRole('group', { name: /^Measures over time/ })
      .getByRole('button', { name: new RegExp(`${escaped(title)}.*\\(yours\\)$`) });
    await expect(bar).toHaveCount(1);
    await expect(bar).toHaveClass(/is-yours/);
  });

  test('with IndexedDB blocked, a new record still shows in the views, with a notice that it lasts only until the tab closes', async ({
    page,
    dashboard,
  }) => {
    const crashes: string[] = [];
    page.on('pageerror', (e) => crashes.push(e.message));
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const passage = 'Six days later, Trump called Vladimir Putin and proposed a meeting.';
    const title = 'Trump calls Putin (kept in this tab)';
    await openDocument000(page, dashboard);
    const form = await startRecord(page, passage, 'Event', 'New event');
    await form.getByLabel('Kind', { exact: true }).selectOption('call');
    await form.getByLabel('Status', { exact: true }).selectOption('held');
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form
      .getByRole('group', { name: 'Date' })
      .getByLabel('First day', { exact: true })
      .fill('2025-10-07');
    await form.getByRole('group', { name: 'Parties' }).getByLabel('United States', { exact: true }).check();
    await form.getByRole('button', { name: 'Save to your workspace' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Saved “${title}” to your workspace in this tab only` }),
    ).toBeVisible();
    const notice = page
      .getByRole('region', { name: 'Notices' })
      .getByText(/lasts only until this tab is closed/);
    await expect(notice).toBeVisible();

    await dashboard.goTo('Timeline');
    await expect(
      page
        .getByRole('region', { name: /Timeline lanes/ })
        .getByRole('button', { name: new RegExp(`${escaped(title)}.*\\(yours\\)$`) }),
    ).toHaveCount(1);
    await expect(notice).toBeVisible();
    // The header's link, not a reload: what is kept in memory would not survive one.
    await page.getByRole('link', { name: 'Your data' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'works until this tab is closed' })).toBeVisible();
    expect(crashes).toEqual([]);
  });
});
