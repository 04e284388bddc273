import { describe, expect, it } from 'vitest';
import {
  combineParts,
  composeSvg,
  exportFileName,
  resolveCssVars,
  sourceLine,
  stripActiveContent,
  wrapText,
  xmlEscape,
} from './svg.ts';

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

describe('combineParts', () => {
  const plot = {
    markup: '<svg width="600" height="300"><path d="M0 0L10 10" class="plot"/></svg>',
    x: 0,
    y: 0,
    width: 600,
    height: 300,
  };
  const lane = {
    markup: '<svg width="600" height="80" class="events-lane"><g class="lane-item"/></svg>',
    x: 0,
    y: 310,
    width: 600,
    height: 80,
  };

  it('keeps every part of a chart, each where it sits on screen', () => {
    const c = combineParts([plot, lane]);
    expect(c.markup).toContain('class="plot"');
    expect(c.markup).toContain('<g class="lane-item"/>');
    expect(c.markup).toContain('<svg x="0" y="310" width="600" height="80"');
    expect(c.width).toBe(600);
    expect(c.height).toBe(390);
  });

  it('skips parts that are not drawn (folded away) and measures from the first drawn part', () => {
    const c = combineParts([
      { ...plot, x: 20, y: 10 },
      { ...lane, width: 0 },
    ]);
    expect(c.markup).not.toContain('lane-item');
    expect(c.markup).toContain('<svg x="0" y="0" width="600" height="300"');
    expect(c.height).toBe(300);
  });
});

describe('stripActiveContent', () => {
  it('removes scripts, foreign objects, event handlers and javascript: links, and keeps the drawing', () => {
    const dirty =
      '<svg onload="alert(1)"><script>alert(2)</script><script href="x.js"/><foreignObject><div>x</div></foreignObject>' +
      '<a href="javascript:alert(3)"><rect width="5" height="5" onclick=\'alert(4)\' onmouseover=alert(5) fill="#000"/></a>' +
      '<text>on the chart: onion=1</text></svg>';
    const clean = stripActiveContent(dirty);
    expect(clean).not.toMatch(/<script|foreignObject|javascript:|<[^>]*\son[a-z]+=/i);
    expect(clean).toContain('<rect width="5" height="5" fill="#000"/>');
    expect(clean).toContain('<text>on the chart: onion=1</text>');
  });

  it('is applied to every composed export', () => {
    const { svg } = composeSvg({ ...base, chartSvg: '<svg><g onclick="x()"><script>x()</script></g></svg>' });
    expect(svg).not.toMatch(/<script|onclick/);
  });
});
