/**
 * The first view's text, written into index.html at build time so the largest text of the first screen is
 * painted before any script runs (Largest Contentful Paint no later than the floor's, without preloading the
 * dataset, which broke offline). React replaces it on its first render. It is plain HTML with classes (no
 * inline script or style, for the content security policy), and says the date it was computed for: it is
 * the headline of "Where things stand" on the build date, from data/dataset.json, every figure as stored.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseDataset } from '../app/data/load-dataset.ts';
import { indexDataset } from '../app/data/selectors.ts';
import { whereThingsStand, readingsText } from '../app/features/overview/where-things-stand.ts';
import { formatIsoDate, AS_OF_STATE_SHORT } from '../app/lib/format.ts';
import { today } from '../app/lib/dates.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text from the data is escaped: it is written as text, never as markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The static shell's HTML for a dataset file's text on a date. */
export function shellHtml(file: string, text: string, date: string): string {
  const data = parseDataset(file, text);
  const w = whereThingsStand(data, indexDataset(data), date);
  const rates = w.directions.map((d) => {
    const lead = d.current[0];
    const figure = lead ? readingsText(lead.readings) : 'no rate documented in force';
    const state =
      lead && lead.state !== 'in-force'
        ? ` <span class="shell-state">${escapeHtml(AS_OF_STATE_SHORT[lead.state])}</span>`
        : '';
    return `<li><span class="shell-label">${escapeHtml(d.label)}</span> <strong class="shell-figure">${escapeHtml(figure)}</strong>${state}</li>`;
  });
  return [
    '<div class="prerender-shell">',
    '<p class="shell-title">Tariffs &amp; Sanctions Dashboard</p>',
    `<h1 class="shell-heading">Where things stand on ${escapeHtml(formatIsoDate(w.date))}</h1>`,
    `<ul class="shell-rates">${rates.join('')}</ul>`,
    `<p class="shell-note">Headline rates as the documents state them, computed when this page was built; the dashboard with every source is loading.</p>`,
    '</div>',
  ].join('');
}

/** Vite plugin: fills `<div id="root"></div>` of index.html with the shell. */
export function prerenderShell(datasetFile: string): Plugin {
  return {
    name: 'prerender-shell',
    apply: 'build',
    transformIndexHtml(html) {
      const shell = shellHtml(datasetFile, readFileSync(datasetFile, 'utf8'), today());
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}
