import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_COLORS, actorColor, type PaletteTheme } from './palette.ts';

const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

/** The custom properties of the CSS block that opens with `selector`. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start, `styles.css has no block ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]),
  );
}

describe('one palette', () => {
  const themes: [PaletteTheme, string][] = [
    ['light', ':root {'],
    ['dark', ":root[data-theme='dark']"],
    ['dark', ':root:not([data-theme])'],
    ['contrast', ":root[data-theme='contrast']"],
    ['light', '@media print'],
  ];
  it.each(themes)('styles.css carries the %s actor colours of lib/palette.ts (%s)', (theme, selector) => {
    const vars = block(selector);
    for (const [actor, colour] of Object.entries(ACTOR_COLORS[theme]))
      expect(vars[`--${actor}`]?.toLowerCase(), `--${actor} in ${selector}`).toBe(colour);
  });
  it('gives the two directions of the tariff war different colours in every theme', () => {
    for (const c of Object.values(ACTOR_COLORS))
      expect(new Set([c.us, c.china, c.russia, c.scenario]).size).toBe(4);
  });
  it('charts use the theme variables, and actors without a colour of their own are muted', () => {
    expect(actorColor('us')).toBe('var(--us)');
    expect(actorColor('iran')).toBe('var(--muted)');
    expect(actorColor(undefined)).toBe('var(--muted)');
  });
});
