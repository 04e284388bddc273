import type { Dataset } from '../../data/schema.ts';
import { formatIsoDate } from '../../lib/format.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The line under a slide's chart that says which state it shows, so a screenshot of a slide cannot be taken
 * for something else: the "as of" date, the scenario presets (or the A vs B comparison), the user's own
 * steps, the rounds compared and the data version the slide was saved on. Pure.
 */
export function slideStateLine(
  query: string,
  data: Pick<Dataset, 'scenarios' | 'events' | 'datasetVersion'>,
): string {
  const p = new URLSearchParams(query);
  const bits: string[] = [];
  const asOf = p.get('asOf');
  bits.push(asOf && ISO.test(asOf) ? `As of ${formatIsoDate(asOf)}` : 'As the documents state it today');
  const title = (id: string) => data.scenarios.find((s) => s.id === id)?.title ?? id;
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const cmp = list('cmp');
  if (cmp.length) bits.push(`Scenario A vs B: ${cmp.map(title).join(' vs ')}`);
  const sc = list('sc');
  if (sc.length) bits.push(`Scenario: ${sc.map(title).join(' + ')}`);
  if (p.get('cs')) bits.push('with the presenter’s own what-if steps (no source)');
  const rounds = list('rounds');
  if (rounds.length) {
    const name = (id: string) => {
      const e = data.events.find((x) => x.id === id);
      return e && 'title' in e && typeof e.title === 'string' ? e.title : id;
    };
    bits.push(`Rounds: ${rounds.map(name).join(' vs ')}`);
  }
  const d = p.get('d');
  if (d && d !== data.datasetVersion) bits.push(`saved on data ${d}, shown on data ${data.datasetVersion}`);
  return `${bits.join(' · ')}.`;
}
