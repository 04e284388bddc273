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
