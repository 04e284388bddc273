import { addStep, Dashboard, test, expect } from './fixtures.ts';
import { VIEWS } from '../app/state/view-state.ts';

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

test.describe('two tabs', () => {
  test('editing the deck in both loses nothing, and a removal in one is respected by the other', async ({
    context,
  }) => {
    const a = new Dashboard(await context.newPage());
    const b = new Dashboard(await context.newPage());
    await a.open('view=overview');
    await b.open('view=briefing');
    await a.page.getByRole('button', { name: 'Add to deck' }).click();
    // The slide added in tab A appears in tab B without a reload.
    await expect(b.page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(1);
    await b.goTo('Sanctions');
    await b.page.getByRole('button', { name: 'Add to deck' }).click();
    await a.goTo('Briefing');
    await expect(a.page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(2);
    // Notes typed in A, a slide removed in B: both survive the other tab's next write.
    await a.page.getByLabel('Speaker notes for slide 1').fill('from tab A');
    await b.goTo('Briefing');
    await expect(b.page.getByLabel('Speaker notes for slide 1')).toHaveValue('from tab A');
    await b.page.getByRole('button', { name: 'Remove slide 2' }).click();
    await expect(a.page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(1);
    await a.page.getByLabel('Speaker notes for slide 1').fill('from tab A, again');
    await b.page.reload();
    await expect(b.page.getByRole('textbox', { name: /Title of slide/ })).toHaveCount(1);
    await expect(b.page.getByLabel('Speaker notes for slide 1')).toHaveValue('from tab A, again');
  });

  test('custom steps added in both tabs are all kept', async ({ context }) => {
    const a = new Dashboard(await context.newPage());
    const b = new Dashboard(await context.newPage());
    await a.open('view=scenarios');
    await b.open('view=scenarios');
    await addStep(a.page, { date: '2026-03-01', rate: '75', label: 'Step from A' });
    await expect(b.page.getByRole('list', { name: 'Your steps' })).toContainText('Step from A');
    await addStep(b.page, { date: '2026-04-01', rate: '85', label: 'Step from B' });
    const inA = a.page.getByRole('list', { name: 'Your steps' });
    await expect(inA).toContainText('Step from B');
    await expect(inA).toContainText('Step from A');
    await b.page.getByRole('button', { name: 'Remove your step 1' }).click();
    await expect(inA).not.toContainText('Step from A');
    await a.page.reload();
    await expect(inA).toContainText('Step from B');
    await expect(inA).not.toContainText('Step from A');
  });
});

test.describe('Content-Security-Policy', () => {
  test('the build ships a strict policy and no view, slide, presenter window or export violates it', async ({
    context,
    page,
    dashboard,
  }) => {
    const violations: string[] = [];
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
      });
    });
    const watch = (p: typeof page) =>
      p.on('console', (m) => {
        if (m.type() === 'error' && /Content.Security.Policy|CSP violation/i.test(m.text()))
          violations.push(m.text());
      });
    watch(page);
    context.on('page', watch);

    await dashboard.open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    const headers = await (await page.request.get('/_headers')).text();
    expect(headers).toContain(`Content-Security-Policy: ${policy}`);

    for (const v of VIEWS) {
      await dashboard.open(`view=${v.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    // A chart exported as PNG (drawn through an image), then a deck presented with the presenter window.
    await dashboard.open('view=overview');
    await page.getByRole('button', { name: 'Add to deck' }).click();
    const png = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /^PNG 1×/ })
      .first()
      .click();
    await png;
    await dashboard.goTo('Briefing');
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Present with presenter view' }).click(),
    ]);
    await expect(presenter.getByRole('main', { name: 'Presenter view' })).toBeVisible();
    await presenter.close();
    // The web app manifest is there, with its icons.
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(manifestUrl!)).json();
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
    expect(violations).toEqual([]);
  });
});
