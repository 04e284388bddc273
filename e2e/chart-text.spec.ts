import type { Page } from '@playwright/test';
import { expect, shipped, test } from './fixtures.ts';

// Every view that draws a chart, opened the way a reader arrives at it (the negotiations comparison draws
// its before/after chart once two rounds are compared, so its link names two).
const ROUND_KINDS = new Set(['negotiation', 'meeting', 'call', 'summit', 'visit']);
const withRates = shipped.events.find(
  (e) => ROUND_KINDS.has(e.kind) && e.ratesBeforeIds.length > 0 && e.ratesAfterIds.length > 0,
)!;
const otherRound = shipped.events.find((e) => ROUND_KINDS.has(e.kind) && e.id !== withRates.id)!;
const CHART_VIEWS = [
  { name: 'overview', query: 'view=overview' },
  { name: 'escalation', query: 'view=escalation' },
  { name: 'timeline', query: 'view=timeline' },
  { name: 'sanctions', query: 'view=sanctions' },
  { name: 'scenarios', query: 'view=scenarios' },
  { name: 'negotiations comparison', query: `view=negotiations&rounds=${withRates.id},${otherRound.id}` },
] as const;

const MIN_PX = 12;

/**
 * The text a reader sees in the charts (SVG <text> and the HTML inside each chart frame's figure), each with
 * the size it renders at: an SVG's font-size times the scale its viewBox and transforms put on it, so a chart
 * drawn small and stretched, or large and shrunk, is measured as it is seen.
 */
async function renderedChartText(page: Page) {
  return page.evaluate(() => {
    const seen: { text: string; px: number; where: string }[] = [];
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0)
        return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    for (const figure of document.querySelectorAll('.chart-figure')) {
      // SVG text: the text element's own size times its scale on the screen.
      for (const el of figure.querySelectorAll<SVGTextElement>('svg text')) {
        const text = (el.textContent ?? '').trim();
        if (!text || !visible(el) || el.closest('[aria-hidden="true"][hidden]')) continue;
        const m = el.getScreenCTM();
        const scale = m ? Math.hypot(m.c, m.d) : 1;
        seen.push({ text, px: parseFloat(getComputedStyle(el).fontSize) * scale, where: 'svg' });
      }
      // HTML labels: every element with text of its own, outside the SVGs.
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        const text = (n.textContent ?? '').trim();
        if (!parent || !text || parent.closest('svg')) continue;
        // The table alternative and text hidden for screen readers only are not chart labels.
        if (parent.closest('table, .visually-hidden, .sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0 || !visible(parent)) continue;
        seen.push({ text, px: parseFloat(getComputedStyle(parent).fontSize), where: 'html' });
      }
    }
    return seen;
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`at ${size.width}×${size.height} no chart text in any view renders under ${MIN_PX} px`, async ({
    page,
    dashboard,
  }) => {
    await page.setViewportSize(size);
    const small: string[] = [];
    for (const view of CHART_VIEWS) {
      await dashboard.open(view.query);
      // On a phone the comparison opens over the list as a sheet, from its button.
      const sheet = page.getByRole('button', { name: /^See the comparison of/ });
      const plot = page.locator('.chart-figure svg').first();
      await expect(plot.or(sheet)).toBeVisible();
      if (await sheet.isVisible()) await sheet.click();
      await expect(plot).toBeVisible();
      const texts = await renderedChartText(page);
      // Each view shows some chart text, so a view that stopped drawing it does not pass unseen.
      expect(texts.length, `${view.name}: chart text found`).toBeGreaterThan(0);
      for (const t of texts)
        if (t.px < MIN_PX - 0.05)
          small.push(`${view.name} (${t.where}): "${t.text.slice(0, 40)}" at ${t.px.toFixed(1)} px`);
    }
    expect([...new Set(small)], 'chart text under 12 px').toEqual([]);
  });
}
