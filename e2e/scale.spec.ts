import { generateRealisticDataset } from '../scripts/bench/generate-dataset.ts';
import { expect, shipped, test } from './fixtures.ts';

// A dataset large enough (about 2 MB) that the app checks it in its loading worker rather than inline.
const large = JSON.stringify(generateRealisticDataset(shipped, 2_000));

test.describe('a large dataset', () => {
  // The offline worker's own fetches are not routed; this test is about the page's loading path.
  test.use({ serviceWorkers: 'block' });

  test('is checked off the page, says how far loading has got, and its records open like shipped ones', async ({
    page,
    dashboard,
  }) => {
    const statuses: string[] = [];
    await page.exposeFunction('__status', (t: string) => statuses.push(t));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const s = document.querySelector('main .loading');
        if (s?.textContent) (window as unknown as { __status: (t: string) => void }).__status(s.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.route('**/data/dataset.json*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: large }),
    );
    await dashboard.open('view=timeline');
    await expect(page.getByRole('heading', { level: 1, name: /timeline/i })).toBeVisible();
    expect(
      workers.some((u) => /dataset\.worker/.test(u)),
      'the dataset was checked in a worker',
    ).toBe(true);
    expect(statuses.some((t) => /Checking every record|Preparing the views|Downloading/.test(t))).toBe(true);
    // A record that exists only in the grown copy is found like any shipped one.
    const copy = `${shipped.events[0]!.id}-g1`;
    await dashboard.open(`record=${copy}`);
    await expect(dashboard.drawer()).toBeVisible();
  });

  test('a long table opens on its first rows and shows the rest on request', async ({ page, dashboard }) => {
    await page.route('**/data/dataset.json*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: large }),
    );
    await dashboard.open('view=escalation');
    const section = page.getByRole('region', { name: 'Every event on the lane, with its source' });
    const summary = section.getByText(/^Events on the lane \(\d+\)$/);
    const total = Number((await summary.textContent())!.match(/\((\d+)\)/)![1]);
    expect(total, 'the grown dataset has more lane events than one page').toBeGreaterThan(400);
    // Folded, the table is not drawn at all.
    await expect(section.getByRole('table')).toHaveCount(0);
    await summary.click();
    const rows = section.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(200);
    await expect(section).toContainText(`200 of ${total.toLocaleString('en-GB')} rows shown`);
    await section.getByRole('button', { name: 'Show 200 more' }).click();
    await expect(rows).toHaveCount(400);
    await section.getByRole('button', { name: `Show all ${total.toLocaleString('en-GB')}` }).click();
    await expect(rows).toHaveCount(total);
    await expect(section.getByRole('button', { name: /^Show/ })).toHaveCount(0);
  });
});
