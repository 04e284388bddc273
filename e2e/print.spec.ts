import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, shipped, test } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'tsd-print-'));

/** The text of the given pages of a PDF, read with poppler's pdftotext (as a reader's viewer would). */
function pdfText(pdf: Buffer, name: string, first: number, last: number): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-'], {
    encoding: 'utf8',
  });
}

test.describe('printing a chart view', () => {
  for (const paper of [
    { format: 'A4', landscape: false },
    { format: 'A4', landscape: true },
    { format: 'Letter', landscape: false },
  ] as const) {
    const name = `${paper.format} ${paper.landscape ? 'landscape' : 'portrait'}`;
    test(`escalation on ${name}: the whole chart on page 1, its source line and permalink under it`, async ({
      page,
      dashboard,
    }) => {
      await dashboard.open('view=escalation');
      const peak = [...shipped.tariffMeasures].sort((a, b) => b.rate - a.rate)[0]!;
      await expect(page.getByRole('button', { name: new RegExp(`^${peak.rate}%`) })).toBeVisible();
      const pdf = await page.pdf({ format: paper.format, landscape: paper.landscape, printBackground: true });
      const first = pdfText(pdf, name.replace(' ', '-'), 1, 1);
      expect(first).toContain('Tariff rates, US on China and China on US');
      // Both ends of the time axis and the top of the rate axis are on the page: nothing is cut at an edge.
      expect(first).toContain('Jan 2025');
      expect(first).toContain('Jan 2026');
      expect(first).toMatch(/1[0-9]0%/);
      // The events lane is printed with the chart.
      expect(first).toContain('Controls');
      const firstTwo = pdfText(pdf, `${name.replace(' ', '-')}-2`, 1, 2);
      expect(firstTwo).toMatch(/Source: .+Dataset version/);
      expect(firstTwo).toMatch(/Permalink: http:\/\/127\.0\.0\.1:\d+\/\?v=\d+&view=escalation/);
      // The view's instructions and the export buttons are for the screen.
      expect(firstTwo).not.toContain('press Enter');
      expect(firstTwo).not.toContain('PNG 2×');
    });
  }
});

test.describe('printing a deck handout', () => {
  test('a deck of three slides prints one slide per page with its notes, source line and permalink', async ({
    page,
    dashboard,
  }) => {
    test.setTimeout(90_000);
    const withRates = shipped.events.find((e) => e.ratesBeforeIds.length > 0 && e.ratesAfterIds.length > 0)!;
    const otherRound = shipped.events.find((e) => e.kind === 'negotiation' && e.id !== withRates.id)!;
    const add = page.getByRole('button', { name: 'Add to deck' });
    const chart = page.locator('main .chart-frame').first();
    for (const q of [
      'view=escalation',
      'view=timeline',
      `view=negotiations&rounds=${otherRound.id},${withRates.id}`,
    ]) {
      await dashboard.open(q);
      await expect(chart).toBeVisible();
      await add.click();
    }
    await expect(page.getByRole('status').filter({ hasText: 'Added as slide 3' })).toBeVisible();
    await dashboard.goTo('Briefing');
    const notes = ['Start at the spring peak.', 'Walk the lanes left to right.', 'Compare the two rounds.'];
    for (const [i, n] of notes.entries())
      await page.getByRole('textbox', { name: `Speaker notes for slide ${i + 1}` }).fill(n);
    const titles = await Promise.all(
      [1, 2, 3].map((i) => page.getByRole('textbox', { name: `Title of slide ${i}` }).inputValue()),
    );
    const where = page.url();
    // The browser's print dialog is replaced by a note that it was asked for; the PDF is printed below.
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-test-printed', '');
    });

    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Handout ready: 3 slides' })).toBeVisible();
    // The editor is back on the state it was on before the slides were drawn.
    await expect.poll(() => page.url()).toBe(where);
    await expect(page.locator('html')).toHaveAttribute('data-test-printed', '');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = join(dir, 'handout.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+3\n/);
    for (const [i, title] of titles.entries()) {
      const text = pdfText(pdf, `handout-${i + 1}`, i + 1, i + 1).replace(/\s+/g, ' ');
      expect(text, `page ${i + 1}`).toContain(`Slide ${i + 1} of 3`);
      expect(text, `page ${i + 1}`).toContain(title.replace(/\s+/g, ' ').slice(0, 40));
      expect(text, `page ${i + 1}`).toContain(notes[i]);
      expect(text, `page ${i + 1}`).toMatch(/Sources?: /);
      expect(text, `page ${i + 1}`).toContain(`Data version ${shipped.datasetVersion}`);
      expect(text, `page ${i + 1}`).toMatch(/Permalink: http:\/\/127\.0\.0\.1:\d+\/\?/);
      // The deck editor itself is not printed.
      expect(text, `page ${i + 1}`).not.toContain('Present from here');
    }
  });
});
