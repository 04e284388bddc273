import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForQuote } from '../app/data/quote-check.ts';
import { RECORD_COLLECTIONS } from '../app/data/schema.ts';
import { shippedDataset } from '../app/data/test-factories.ts';
import { documentsFolder, documentsRequired, notCheckedReason } from './documents-folder.ts';

const seeds = documentsFolder();
const data = shippedDataset();
const haveDocuments = existsSync(seeds);
const required = documentsRequired();

/** Figures a reader would expect to find as records: percentages, money, barrels, counted forces. */
const FIGURE =
  /\d[\d,.]*%|\d[\d,.]*\s*(?:billion|million)\s*(?:dollars?|barrels)|\d[\d,.]*\s*barrels|\b(?:one|two|three) million\b[^.]*?(?:forces|barrels)/gi;

if (!haveDocuments && !required) {
  // Said once, plainly, in the test output (each test below is also reported as skipped with this reason).
  console.warn(`dataset coverage NOT checked: ${notCheckedReason(seeds)}`);
}

describe('every figure in the documents is in the dataset', () => {
  for (const source of data.sources) {
    it(`${source.file}: each stated figure sits inside a quote of a record`, (ctx) => {
      if (!haveDocuments) {
        // On a plain clone the documents are not there: say so; where they are required (.ci/run), fail.
        if (!required) ctx.skip(`NOT checked: ${notCheckedReason(seeds)}`);
        expect.fail(`documents are required (REQUIRE_DOCUMENTS=1) but ${notCheckedReason(seeds)}`);
      }
      const text = normaliseForQuote(readFileSync(join(seeds, source.file), 'utf8'));
      const quotes = RECORD_COLLECTIONS.flatMap((c) => data[c].flatMap((r) => r.evidence))
        .filter((e) => e.sourceId === source.id)
        .map((e) => normaliseForQuote(e.quote));
      const missing: string[] = [];
      for (const match of text.matchAll(FIGURE)) {
        const at = match.index;
        // The figure is covered when some quote contains it at this very position in the document.
        const covered = quotes.some((q) => {
          for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) {
            if (i <= at && at + match[0].length <= i + q.length) return true;
          }
          return false;
        });
        if (!covered) missing.push(`"${match[0]}" near "…${text.slice(Math.max(0, at - 40), at + 40)}…"`);
      }
      expect(missing).toEqual([]);
    });
  }
});
