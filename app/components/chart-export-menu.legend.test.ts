import { describe, expect, it } from 'vitest';
import { appendLegend } from './chart-export-menu.legend.ts';

const chart = { markup: '<svg width="300" height="100"><path d="M0 0"/></svg>', width: 300, height: 100 };
const swatch = '<svg width="40" height="16"><line x1="2" x2="38" stroke="var(--us)"/></svg>';

describe('appendLegend', () => {
  it('draws each entry (swatch and escaped text) under the chart and grows the height', () => {
    const out = appendLegend(
      chart,
      [{ swatch, swatchWidth: 40, swatchHeight: 16, label: 'US on China & more' }],
      '#111',
    );
    expect(out.height).toBeGreaterThan(100);
    expect(out.markup).toMatch(
      /<g class="export-legend">.*<line x1="2" x2="38" stroke="var\(--us\)"\/>.*<\/g><\/svg>$/,
    );
    expect(out.markup).toContain('>US on China &amp; more</text>');
    expect(out.markup.startsWith('<svg width="300" height="100"><path d="M0 0"/>')).toBe(true);
  });

  it('wraps entries into rows within the chart width', () => {
    const e = { swatch, swatchWidth: 40, swatchHeight: 16, label: 'x'.repeat(30) };
    const one = appendLegend(chart, [e], '#111');
    const three = appendLegend(chart, [e, e, e], '#111');
    expect(three.height - one.height).toBe(40);
  });

  it('writes a key entry without a swatch as text, wrapped within the chart width', () => {
    const symbols =
      'Symbols: % tariff measure, S sanction, E export control, M meeting, C call, V visit, N negotiation';
    const out = appendLegend(
      chart,
      [{ swatch: '', swatchWidth: 0, swatchHeight: 0, label: symbols }],
      '#111',
    );
    const lines = [...out.markup.matchAll(/<text x="0"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(symbols);
    expect(out.markup).not.toContain('<g transform');
  });

  it('leaves a chart without a legend as it is', () => {
    expect(appendLegend(chart, [], '#111')).toBe(chart);
  });
});
