import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForQuote } from '../app/data/quote-check.ts';
import { RECORD_COLLECTIONS, type Dataset } from '../app/data/schema.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, process.env.SEEDS_DIR ?? '../shared/seeds');
const data = JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')) as Dataset;

/** Figures a reader would expect to find as records: percentages, money, barrels, counted forces. */
const FIGURE =
  /\d[\d,.]*%|\d[\d,.]*\s*(?:billion|million)\s*(?:dollars?|barrels)|\d[\d,.]*\s*barrels|\b(?:one|two|three) million\b[^.]*?(?:forces|barrels)/gi;

describe.runIf(existsSync(seeds))('every figure in the documents is in the dataset', () => {
  for (const source of data.sources) {
    it(`${source.file}: each stated figure sits inside a quote of a record`, () => {
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
