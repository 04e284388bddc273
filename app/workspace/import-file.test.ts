import { describe, expect, it } from 'vitest';
import { importDatasetFile, MAX_LISTED_PROBLEMS } from './import-file.ts';
import { shippedDataset } from '../data/test-factories.ts';

describe('importing a dataset file', () => {
  it('accepts the app’s own JSON', () => {
    const r = importDatasetFile('mine.json', JSON.stringify(shippedDataset()));
    expect(r.ok).toBe(true);
  });

  it('names file, record and field of a bad value', () => {
    const d = shippedDataset();
    const bad = {
      ...d,
      events: [
        { ...d.events[0]!, date: { ...d.events[0]!.date, start: '2025-02-30' } },
        ...d.events.slice(1),
      ],
    };
    const r = importDatasetFile('mine.json', JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatch(
      new RegExp(
        `^mine\\.json › events\\[0\\] \\(${d.events[0]!.id}\\) › date\\.start: not a real calendar date`,
      ),
    );
  });

  it('refuses a source link that is not http(s), naming file, record and field', () => {
    const d = shippedDataset();
    for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>']) {
      const sources = d.sources.map((s, i) => (i === 1 ? { ...s, url } : s));
      const r = importDatasetFile('links.json', JSON.stringify({ ...d, sources }));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problems).toContainEqual(
        `links.json › sources[1] (${d.sources[1]!.id}) › url: only http: or https: links are accepted (no javascript:, data: or other schemes)`,
      );
    }
    const https = d.sources.map((s, i) => (i === 1 ? { ...s, url: 'https://example.org/report' } : s));
    expect(importDatasetFile('links.json', JSON.stringify({ ...d, sources: https })).ok).toBe(true);
  });

  it('says what is wrong with a file that is not JSON at all', () => {
    const r = importDatasetFile('mine.json', '{"schemaVersion": 1,');
    expect(r).toMatchObject({ ok: false, file: 'mine.json' });
    if (!r.ok) expect(r.problems[0]).toMatch(/not valid JSON/);
  });

  it('lists at most the first 50 problems and counts them all', () => {
    const d = shippedDataset();
    const events = Array.from({ length: 80 }, (_, i) => ({ ...d.events[0]!, id: `Bad ${i}` }));
    const r = importDatasetFile('many.json', JSON.stringify({ ...d, events }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(r.total).toBeGreaterThan(MAX_LISTED_PROBLEMS);
  });
});
