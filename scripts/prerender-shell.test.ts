import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../app/data/load-dataset.ts';
import { indexDataset } from '../app/data/selectors.ts';
import { readingsText, whereThingsStand } from '../app/features/overview/where-things-stand.ts';
import { shellHtml } from './prerender-shell.ts';

const file = resolve(import.meta.dirname, '../data/dataset.json');
const text = readFileSync(file, 'utf8');

describe('the first view prerendered into index.html', () => {
  it('states the headline rate of each direction the panel shows on that date', () => {
    const data = parseDataset(file, text);
    const w = whereThingsStand(data, indexDataset(data), '2025-06-01');
    const html = shellHtml(file, text, '2025-06-01');
    expect(html).toContain('Where things stand on 1 Jun 2025');
    expect(w.directions.length).toBeGreaterThan(0);
    for (const d of w.directions) {
      expect(html).toContain(d.label);
      if (d.current[0]) expect(html).toContain(readingsText(d.current[0].readings));
    }
  });

  it('writes text from the data as text, never as markup, and no script or style', () => {
    const data = JSON.parse(text) as { actors: { id: string; name: string; shortName?: string }[] };
    for (const a of data.actors) {
      a.name = '<img src=x onerror=alert(1)>';
      if (a.shortName !== undefined) a.shortName = '<b>x</b>';
    }
    const html = shellHtml(file, JSON.stringify(data), '2025-06-01');
    expect(html).toMatch(/&lt;(img|b)/);
    expect(html).not.toMatch(/<img|<b>|<script|style=/);
  });
});
