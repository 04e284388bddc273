import { describe, expect, it } from 'vitest';
import { composeSvg, exportFileName, resolveCssVars, sourceLine, wrapText, xmlEscape } from './svg.ts';

const base = {
  chartSvg:
    '<svg width="600" height="300" class="recharts-surface"><rect width="10" height="10" fill="#000"/></svg>',
  chartWidth: 600,
  chartHeight: 300,
  title: 'Rates by direction',
  subtitle: 'US rates on China peaked at 145%.',
  sourceLine: 'Source: Doc A (Pub). Dataset version 2026-11-26.',
  permalink: 'https://example.test/?v=1&view=overview&d=2026-11-26',
  colors: { background: '#fff', text: '#111', muted: '#555' },
};

describe('composeSvg', () => {
  it('bakes title, subtitle, source line and permalink in as text', () => {
    const { svg } = composeSvg(base);
    expect(svg).toContain('>Rates by direction</text>');
    expect(svg).toContain('>US rates on China peaked at 145%.</text>');
    expect(svg).toContain('>Source: Doc A (Pub). Dataset version 2026-11-26.</text>');
    expect(svg).toContain('Permalink: https://example.test/?v=1&amp;view=overview&amp;d=2026-11-26');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('nests the chart once, with its content', () => {
    const { svg } = composeSvg(base);
    expect(svg).toContain('<rect width="10" height="10" fill="#000"/>');
    expect(svg.match(/<svg/g)).toHaveLength(2);
  });

  it('never lets a hostile title become markup', () => {
    const { svg } = composeSvg({ ...base, title: '<script>alert(1)</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('grows in height with a long subtitle', () => {
    const short = composeSvg(base).height;
    const long = composeSvg({ ...base, subtitle: 'word '.repeat(200) }).height;
    expect(long).toBeGreaterThan(short);
  });
});

describe('helpers', () => {
  it('wrapText keeps every word and respects the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10);
    expect(lines.join(' ')).toBe('the quick brown fox jumps over the lazy dog');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(10);
  });
  it('resolveCssVars resolves variables and falls back', () => {
    const vars: Record<string, string> = { '--grid': '#ddd' };
    expect(resolveCssVars('stroke="var(--grid)" fill="var(--nope, #123)"', (n) => vars[n])).toBe(
      'stroke="#ddd" fill="#123"',
    );
  });
  it('xmlEscape escapes markup characters', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
  it('file names carry the chart title and dataset version', () => {
    expect(exportFileName('Rates by direction: US & China', '2026-11-26', 'png')).toBe(
      'rates-by-direction-us-china_data-2026-11-26.png',
    );
  });
  it('sourceLine names the documents and the dataset version', () => {
    expect(sourceLine([{ title: 'A', publisher: 'P' }], '2026-11-26')).toBe(
      'Source: A (P). Dataset version 2026-11-26.',
    );
  });
  it('sourceLine says how strong each document is', () => {
    expect(sourceLine([{ title: 'A', publisher: 'P', strength: 'opinion · translated · 2025' }], 'v1')).toBe(
      'Source: A (P; opinion · translated · 2025). Dataset version v1.',
    );
  });
});
