import { test, expect } from './fixtures.ts';

/** The reliability cases of issue 15: nothing the user made is lost, nothing hostile runs. */

test.describe('storage blocked', () => {
  test('the app loads and works in memory, says so, and offers the work as a file', async ({
    page,
    dashboard,
  }) => {
    // As Chrome does when the user blocks site data: reading localStorage throws a SecurityError.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await dashboard.open('view=briefing');
    const notice = page.getByRole('status').filter({ hasText: 'site data is blocked' });
    await expect(notice).toBeVisible();
    await dashboard.goTo('Overview');
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await dashboard.goTo('Briefing');
    await expect(page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(1);
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download my work' }).click();
    const file = await download;
    const work = JSON.parse(
      await (await file.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()),
    );
    expect(work.deck.slides).toHaveLength(1);
    // The file opens back: in a fresh tab the slide comes back from it (once, not twice).
    const path = await file.path();
    await page.reload();
    await expect(page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(0);
    const chooser = page.waitForEvent('filechooser');
    await notice.getByRole('button', { name: 'Open a work file' }).click();
    await (await chooser).setFiles(path);
    await expect(page.getByRole('status').filter({ hasText: 'Added 1 slide from the file' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(1);
  });
});
