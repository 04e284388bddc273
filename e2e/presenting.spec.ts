import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

// A round whose document gives rates before and after it, compared with another round.
const withRates = shipped.events.find((e) => e.ratesBeforeIds.length > 0 && e.ratesAfterIds.length > 0)!;
const otherRound = shipped.events.find((e) => e.kind === 'negotiation' && e.id !== withRates.id)!;

const STEPS = [
  { date: '2025-05-31', label: '145% and 125%' },
  { date: '2025-09-30', label: 'The summer cut' },
  { date: '2025-11-02', label: 'The draft 47% and the 100% threat' },
];

/** Every part of the slide is inside the screen, and neither the page nor the slide scrolls. */
async function expectSlideFitsScreen(page: Page, what: string) {
  const frame = page.locator('[data-slide-primary]');
  await expect(frame, `${what}: a chart frame`).toBeVisible();
  await expect(frame.locator('.chart-figure svg').first()).toBeVisible();
  const measure = () =>
    page.evaluate(() => {
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const outside = [
        ...document.querySelectorAll('[data-slide-primary] :is(h2, p, footer, svg, .slide-figure-inner)'),
      ]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)
        .map(
          ({ el, r }) =>
            `${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(r.right)}×${Math.round(r.bottom)}`,
        );
      const box = document.querySelector('.slide-figure-box')!.getBoundingClientRect();
      const inner = document.querySelector('.slide-figure-inner')!.getBoundingClientRect();
      const s = document.scrollingElement!;
      return {
        outside,
        pageScrolls: s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1,
        chartInBox: inner.bottom <= box.bottom + 1 && inner.right <= box.right + 1,
        chartHeight: inner.height,
        chartWidth: inner.width,
        vh,
        vw,
      };
    });
  // The slide fits itself to the screen once its chart has drawn; wait for that, then check all of it.
  await expect
    .poll(
      async () => {
        const m = await measure();
        return m.chartInBox && m.outside.length === 0;
      },
      { message: `${what}: the slide settles inside the screen` },
    )
    .toBe(true);
  const fit = await measure();
  expect(fit.outside, `${what}: nothing outside the screen`).toEqual([]);
  expect(fit.pageScrolls, `${what}: the page does not scroll`).toBe(false);
  expect(fit.chartInBox, `${what}: the chart stays in its box`).toBe(true);
  // The chart fills the slide: its width (less the margins), and a good part of the height even for a chart
  // of two bars (which is drawn larger rather than stretched).
  expect(fit.chartWidth, `${what}: the chart fills the slide's width`).toBeGreaterThan(fit.vw * 0.85);
  expect(fit.chartHeight, `${what}: the chart fills the slide`).toBeGreaterThan(fit.vh * 0.3);
}

test.describe('presenting a briefing', () => {
  test('a deck of escalation (three build steps), timeline and a round comparison fills 1440×900 and 1280×720 without scrolling', async ({
    page,
    dashboard,
  }) => {
    // Two screen sizes, five slide steps each: longer than one view's test.
    test.setTimeout(120_000);
    const add = page.getByRole('button', { name: 'Add to deck' });
    // A slide takes its title from the chart's takeaway as shown, so each is added once its chart is drawn.
    const chart = page.locator('main .chart-frame').first();
    await dashboard.open('view=escalation');
    await expect(chart).toBeVisible();
    await add.click();
    await dashboard.open('view=timeline');
    await expect(chart).toBeVisible();
    await add.click();
    await dashboard.open(`view=negotiations&rounds=${otherRound.id},${withRates.id}`);
    await expect(chart).toBeVisible();
    await add.click();
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide 3' })).toBeVisible();
    await dashboard.goTo('Briefing');
    // Slides are titled with their chart's takeaway, not the view's name.
    await expect(page.getByRole('textbox', { name: 'Title of slide 1' })).toHaveValue(
      /^On \d{1,2} \w{3} \d{4}: US on China: \d+%[^(]*$/,
    );

    // Three build steps on the escalation slide, each the chart as of a date with a line for the room.
    for (const [i, s] of STEPS.entries()) {
      await page.getByRole('button', { name: 'Add build step to slide 1' }).click();
      await page.getByLabel(`Step ${i + 1} of slide 1: as of`).fill(s.date);
      await page.getByLabel(`Line for the room, step ${i + 1} of slide 1`).fill(s.label);
    }
    await page.getByRole('textbox', { name: 'Speaker notes for slide 1' }).fill('Start at the spring peak.');
    await page
      .getByRole('textbox', { name: 'Speaker notes for slide 2' })
      .fill('Walk the lanes left to right.');
    await expectNoAxeViolations(page);
    const before = new URL(page.url()).searchParams.toString();

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const deck = page.getByRole('region', { name: 'Presentation' });
    const counter = deck.getByRole('status').filter({ hasText: /^Slide/ });
    await expect(counter).toHaveText('Slide 1 of 3, step 1 of 3');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();

    // Each build step reveals the story up to its date: the 145% first, the 100% threat only at the last step.
    const threat = shipped.tariffMeasures.find((t) => t.rate === 100)!;
    const threatPoint = deck.getByRole('button', { name: new RegExp(`^${threat.rate}%`) });
    await expect(deck.getByText(STEPS[0]!.label, { exact: true })).toBeVisible();
    await expect(deck.getByRole('button', { name: /^145%/ })).toBeVisible();
    await expect(threatPoint).toHaveCount(0);

    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.keyboard.press('Home');
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        seen.push((await counter.textContent()) ?? '');
        await expectSlideFitsScreen(page, `${size.width}×${size.height} ${seen.at(-1)}`);
        await page.keyboard.press('ArrowRight');
      }
      expect(seen).toEqual([
        'Slide 1 of 3, step 1 of 3',
        'Slide 1 of 3, step 2 of 3',
        'Slide 1 of 3, step 3 of 3',
        'Slide 2 of 3',
        'Slide 3 of 3',
      ]);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText('Slide 1 of 3, step 3 of 3');
    await expect(threatPoint).toBeVisible();

    // Leaving restores the view the user was on, with nothing of the slides left in the address bar.
    await page.keyboard.press('Escape');
    await expect(deck).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Briefing deck' })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe(before);
  });

  test('the presenter window shows notes, the next step and a timer, drives the audience window, and either may reload', async ({
    page,
    dashboard,
    context,
  }) => {
    test.setTimeout(90_000);
    await page.addInitScript(
      (deck) => {
        if (!localStorage.getItem('tsd-deck')) localStorage.setItem('tsd-deck', deck);
      },
      JSON.stringify({
        version: 1,
        slides: [
          {
            id: 's-000001',
            title: '',
            query: 'v=1&view=escalation',
            notes: 'Start at the spring peak.',
            builds: STEPS.map((s) => ({ label: s.label, patch: `asOf=${s.date}` })),
          },
          { id: 's-000002', title: '', query: 'v=1&view=timeline', notes: 'Walk the lanes left to right.' },
          {
            id: 's-000003',
            title: 'Two rounds',
            query: `v=1&view=negotiations&rounds=${otherRound.id},${withRates.id}`,
            notes: '',
          },
        ],
      }),
    );
    await dashboard.open('view=briefing');
    // The address bar settles once the dataset has loaded (the link pins its version); that is the view to
    // come back to.
    await expect.poll(() => new URL(page.url()).searchParams.has('d')).toBe(true);
    const before = new URL(page.url()).searchParams.toString();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const deck = page.getByRole('region', { name: 'Presentation' });
    const counter = deck.getByRole('status').filter({ hasText: /^Slide/ });
    await expect(counter).toHaveText('Slide 1 of 3, step 1 of 3');

    // The presenter window: current slide, what comes next, notes, clock and timer; it drives the audience.
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      deck.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    const view = presenter.getByRole('main', { name: 'Presenter view' });
    await expect(view.getByRole('heading', { name: /Now: Slide 1 of 3, step 1 of 3/ })).toBeVisible();
    await expect(view.getByText('Step 2 of 3: The summer cut')).toBeVisible();
    await expect(view.getByText('Start at the spring peak.')).toBeVisible();
    await expect(view.getByRole('timer', { name: 'Elapsed time' })).toHaveText(/^\d+:\d\d$/);
    await expectNoAxeViolations(presenter);

    await view.getByRole('button', { name: /^Next/ }).click();
    await expect(counter).toHaveText('Slide 1 of 3, step 2 of 3');
    await expect(view.getByText('Step 3 of 3: The draft 47% and the 100% threat')).toBeVisible();
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect(counter).toHaveText('Slide 2 of 3');
    await expect(view.getByText('Walk the lanes left to right.')).toBeVisible();
    await expect(view.getByText(/^Slide 3: /)).toBeVisible();
    // Keys in the audience window move the presenter window too.
    await page.keyboard.press('ArrowLeft');
    await expect(view.getByRole('heading', { name: /Now: Slide 1 of 3, step 3 of 3/ })).toBeVisible();

    // Highlight: a key in the presenter window draws out a mark in the audience window.
    await presenter.keyboard.press('h');
    await expect(deck.getByText(/^Highlighted: /)).toBeVisible();
    await expect(view.getByText(/^Highlighted: /)).toBeVisible();
    await presenter.keyboard.press('x');
    await expect(deck.getByText(/^Highlighted: /)).toHaveCount(0);

    // Either window may reload: the presentation resumes where it was and the two reconnect.
    await presenter.reload();
    await expect(view.getByRole('heading', { name: /Now: Slide 1 of 3, step 3 of 3/ })).toBeVisible();
    await page.reload();
    await expect(counter).toHaveText('Slide 1 of 3, step 3 of 3');
    await view.getByRole('button', { name: /^Next/ }).click();
    await expect(counter).toHaveText('Slide 2 of 3');

    // Leaving restores the view the user was on, with nothing of the slides left in the address bar.
    await page.keyboard.press('Escape');
    await expect(deck).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Briefing deck' })).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toBe(before);
    await expect(view.getByText(/The presentation has ended/)).toBeVisible();
  });
});

test.describe('presenting a sanctions slide', () => {
  test('a Sanctions slide fits 1280×720 without scrolling', async ({ page, dashboard }) => {
    await dashboard.open('view=sanctions');
    await expect(page.locator('main .chart-frame').first()).toBeVisible();
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide 1' })).toBeVisible();
    await dashboard.goTo('Briefing');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const counter = page
      .getByRole('region', { name: 'Presentation' })
      .getByRole('status')
      .filter({ hasText: /^Slide/ });
    await expect(counter).toHaveText('Slide 1 of 1');
    await expectSlideFitsScreen(page, 'Sanctions at 1280×720');
  });
});

test.describe('a slide of every view', () => {
  test('every kind of slide fits 1280×720, 1440×900 and 1920×1080 with no scrolling, and the page keeps its state', async ({
    page,
    dashboard,
  }) => {
    test.setTimeout(150_000);
    const [a, b] = shipped.scenarios;
    const views = [
      'view=overview',
      'view=escalation',
      `view=negotiations&rounds=${otherRound.id},${withRates.id}`,
      'view=sanctions',
      'view=timeline',
      `view=scenarios&sc=${a!.id}`,
      `view=scenarios&sc=${a!.id}&cmp=${b!.id}`,
    ];
    await page.addInitScript(
      (deck) => {
        if (!localStorage.getItem('tsd-deck')) localStorage.setItem('tsd-deck', deck);
      },
      JSON.stringify({
        version: 1,
        slides: views.map((q, i) => ({ id: `s-00000${i + 1}`, title: '', query: `v=1&${q}`, notes: '' })),
      }),
    );
    await dashboard.open('view=briefing');
    await expect.poll(() => new URL(page.url()).searchParams.has('d')).toBe(true);
    const before = new URL(page.url()).searchParams.toString();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const counter = page
      .getByRole('region', { name: 'Presentation' })
      .getByRole('status')
      .filter({ hasText: /^Slide/ });
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.keyboard.press('Home');
      for (let i = 0; i < views.length; i++) {
        await expect(counter).toHaveText(`Slide ${i + 1} of ${views.length}`);
        await expectSlideFitsScreen(page, `${size.width}×${size.height} ${views[i]}`);
        // A slide is drawn in its own state: the address bar keeps the state the user was on.
        expect(new URL(page.url()).searchParams.toString()).toBe(before);
        await page.keyboard.press('ArrowRight');
      }
    }
  });
});
