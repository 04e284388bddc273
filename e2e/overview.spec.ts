import type { Locator, Page } from '@playwright/test';
import { formatIsoDate } from '../app/lib/format.ts';
import { expect, expectNoAxeViolations, shipped, test } from './fixtures.ts';

// The four questions a new user brings, answered from the dataset (not hard-coded): on 2 Nov 2025 the US
// headline rate in force is the summer cut (the rate that replaces the spring one), the peak is the highest
// rate that took effect, the threat is the one documented as threatened, and the sanctions in force are
// those in force by then whose terms have not ended.
const ON = '2025-11-02';
const usHeadline = shipped.tariffMeasures.filter(
  (t) => t.imposerId === 'us' && t.targetId === 'china' && t.basis === 'headline',
);
const current = usHeadline.find((t) => t.replacesId && t.status === 'in-force' && t.date.end < ON)!;
const peak = [...usHeadline].filter((t) => t.status === 'in-force').sort((a, b) => b.rate - a.rate)[0]!;
const threat = shipped.tariffMeasures.find((t) => t.status === 'threatened')!;
const sanctionsInForce = shipped.tradeMeasures.filter(
  (m) =>
    m.kind === 'sanction' &&
    m.status === 'in-force' &&
    m.date.end <= ON &&
    !(m.terms?.endsOn && m.terms.endsOn < ON),
);

/** The figure as the headline writes it: every value the open readings give it ("10% or 30%"), low to high. */
function figureText(t: { id: string; rate: number }): string {
  const values = shipped.ambiguities.flatMap((a) =>
    a.readings.flatMap((r) => r.values.filter((v) => v.recordId === t.id && v.rate !== undefined)),
  );
  const rates = [...new Set(values.map((v) => v.rate!))].sort((a, b) => a - b);
  return rates.length > 1 ? rates.map((r) => `${r}%`).join(' or ') : `${t.rate}%`;
}
const currentText = figureText(current);

function headline(page: Page) {
  return page.getByRole('region', { name: /^Where things stand/ });
}

/** Inside the first screen: the top of the element lies within the viewport without scrolling. */
async function expectInFirstScreen(page: Page, el: Locator, what: string) {
  await expect(el).toBeVisible();
  const box = (await el.boundingBox())!;
  const height = page.viewportSize()!.height;
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(box.y + scrolled + Math.min(box.height, 24), `${what} starts in the first screen`).toBeLessThan(
    height,
  );
}

async function expectOpensQuote(page: Page, el: Locator, record: { evidence: { quote: string }[] }) {
  await el.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.locator('blockquote').first()).toContainText(record.evidence[0]!.quote.slice(0, 30));
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`at ${size.width}×${size.height} the first screen says the US tariff now, its peak, the threat and the sanctions in force, each opening its quote`, async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize(size);
    await dashboard.open(`asOf=${ON}`);
    const panel = headline(page);
    await expect(panel.getByRole('heading', { level: 1 })).toContainText(formatIsoDate(ON));

    const us = panel.getByRole('region', { name: 'US on goods from China' });
    const now = us.getByRole('button', { name: `US on goods from China: ${currentText}. Open its quote` });
    const top = us.getByRole('button', {
      name: `US on goods from China, peak: ${figureText(peak)}. Open its quote`,
    });
    const threatened = panel.getByRole('button', {
      name: new RegExp(`^${threat.rate}% .*threatened: open its quote`),
    });
    const sanctions = panel.getByRole('heading', {
      name: new RegExp(`^Sanctions ${sanctionsInForce.length}\\b`),
    });
    const firstSanction = panel.getByRole('button', {
      name: `${sanctionsInForce.at(-1)!.title}: open its quote`,
    });
    for (const [el, what] of [
      [now, 'the US rate in force'],
      [top, 'the peak'],
      [threatened, 'the threat'],
      [sanctions, 'the count of sanctions'],
    ] as const) {
      await expectInFirstScreen(page, el, what);
    }
    await expect(us).toContainText('Headline rate');
    await expectOpensQuote(page, now, current);
    await expectOpensQuote(page, top, peak);
    await expectOpensQuote(page, threatened, threat);

    // Every sanction in force is named (on a phone after "Show all").
    const more = panel.getByRole('button', { name: /^Show all \d+ sanctions$/ });
    if (size.width < 700) await more.click();
    else await expect(more).toHaveCount(0);
    for (const m of sanctionsInForce) {
      await expect(panel.getByRole('button', { name: `${m.title}: open its quote` })).toBeVisible();
    }
    await expectOpensQuote(page, firstSanction, sanctionsInForce.at(-1)!);
    await expectNoAxeViolations(page);
  });
}

test('by default the headline is for today and says how old the newest document is', async ({
  page,
  dashboard,
}) => {
  await dashboard.open();
  const newest = [...shipped.sources].sort((a, b) => b.published.end.localeCompare(a.published.end))[0]!;
  const panel = headline(page);
  await expect(panel.getByRole('heading', { level: 1 })).toContainText('(today)');
  await expect(panel).toContainText(`Last documented ${newest.published.label}`);
  await expect(page.getByRole('banner')).toContainText(`Evidence to ${newest.published.label}`);
});

test('the as-of date moves the headline: the spring rate then, no threat yet, and a later date shows the cut', async ({
  page,
  dashboard,
}) => {
  const spring = peak;
  const inSpring = spring.date.end; // the last day the spring rate can denote: it applies (possibly) then
  await dashboard.open(`asOf=${inSpring}`);
  const us = headline(page).getByRole('region', { name: 'US on goods from China' });
  await expect(
    us.getByRole('button', { name: `US on goods from China: ${figureText(spring)}. Open its quote` }),
  ).toBeVisible();
  await expect(headline(page)).toContainText('Nothing documented as threatened or proposed by this date.');
  await page.getByLabel('As of', { exact: true }).fill(ON);
  await expect(
    us.getByRole('button', { name: `US on goods from China: ${currentText}. Open its quote` }),
  ).toBeVisible();
  await expect(headline(page).getByRole('heading', { level: 1 })).toContainText(formatIsoDate(ON));
});

test('each figure of the headline carries the strength of its source', async ({ page, dashboard }) => {
  await dashboard.open(`asOf=${ON}`);
  const src = shipped.sources.find((s) => s.id === current.evidence[0]!.sourceId)!;
  const us = headline(page).getByRole('region', { name: 'US on goods from China' });
  await expect(us.locator('.source-strength')).toContainText(src.kind);
  if (src.language.includes('translated'))
    await expect(us.locator('.source-strength')).toContainText('translated');
  if (!src.author) await expect(us.locator('.source-strength')).toContainText('no author');
  // The drawer shows the same badges under the quote.
  await us.getByRole('button', { name: `US on goods from China: ${currentText}. Open its quote` }).click();
  await expect(page.getByRole('dialog').locator('.source-strength').first()).toContainText(src.kind);
});

test('an open reading is given both ways in the headline and says what is open; a picked reading settles it', async ({
  page,
  dashboard,
}) => {
  const pair = shipped.ambiguities.find((a) =>
    a.readings.every((r) => r.values.some((v) => v.recordId === current.id && v.rate !== undefined)),
  )!;
  expect(currentText, 'the shipped summer rate is open between readings').toContain(' or ');
  await dashboard.open(`asOf=${ON}`);
  const us = headline(page).getByRole('region', { name: 'US on goods from China' });
  await expect(
    us.getByRole('button', { name: `US on goods from China: ${currentText}. Open its quote` }),
  ).toBeVisible();
  await expect(us).toContainText(`Open: ${pair.title}`);
  const b = pair.readings[1]!;
  const picked = b.values.find((v) => v.recordId === current.id)!.rate!;
  await dashboard.open(`asOf=${ON}&readings=${pair.id}:${b.id}`);
  await expect(
    us.getByRole('button', { name: `US on goods from China: ${picked}%. Open its quote` }),
  ).toBeVisible();
  await expect(us).not.toContainText(`Open: ${pair.title}`);
});

test('past the newest document quoting it, a rate reads "in force when last documented" with that document\'s date', async ({
  page,
  dashboard,
}) => {
  const src = shipped.sources.find((s) => s.id === current.evidence[0]!.sourceId)!;
  await dashboard.open(`asOf=${src.published.end}`);
  const us = headline(page).getByRole('region', { name: 'US on goods from China' });
  await expect(us).not.toContainText('in force when last documented');
  await dashboard.open('asOf=2026-06-01');
  await expect(us).toContainText(`in force when last documented, ${src.published.label}`);
});
