import type { MeasureStatus, TariffBasis, TariffMeasure } from '../../data/schema.ts';
import { isInForceStatus } from '../../data/status.ts';
import { BASIS_LABEL, formatPercent, STATUS_LABEL } from '../../lib/format.ts';
import { directionBasisKey } from '../../lib/direction.ts';

/**
 * Pure: rates before and after a round → one row per round × direction × basis, for the delta chart. Rates
 * of different basis are never paired; a side with no recorded rate stays undefined (never a zero).
 */

export interface DeltaSide {
  rate: number;
  recordId: string;
  status: MeasureStatus;
}

export interface DeltaRow {
  key: string;
  roundId: string;
  roundTitle: string;
  imposerId: string;
  targetId: string;
  basis: TariffBasis;
  /** "US on China, basis not stated" */
  label: string;
  before?: DeltaSide;
  after?: DeltaSide;
  /** after − before in percentage points, when both are recorded. */
  change?: number;
}

export interface DeltaInput {
  id: string;
  title: string;
  ratesBefore: readonly TariffMeasure[];
  ratesAfter: readonly TariffMeasure[];
}

function latestBy(list: readonly TariffMeasure[]): Map<string, TariffMeasure> {
  const out = new Map<string, TariffMeasure>();
  for (const m of [...list].sort((a, b) => a.date.start.localeCompare(b.date.start))) {
    out.set(directionBasisKey(m), m);
  }
  return out;
}

const side = (m: TariffMeasure | undefined): DeltaSide | undefined =>
  m ? { rate: m.rate, recordId: m.id, status: m.status } : undefined;

export function buildDeltaRows(rounds: readonly DeltaInput[], name: (actorId: string) => string): DeltaRow[] {
  const rows: DeltaRow[] = [];
  for (const r of rounds) {
    const before = latestBy(r.ratesBefore);
    const after = latestBy(r.ratesAfter);
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(key);
      const a = after.get(key);
      const m = (a ?? b)!;
      const row: DeltaRow = {
        key: `${r.id}|${key}`,
        roundId: r.id,
        roundTitle: r.title,
        imposerId: m.imposerId,
        targetId: m.targetId,
        basis: m.basis,
        label: `${name(m.imposerId)} on ${name(m.targetId)}, ${BASIS_LABEL[m.basis].toLowerCase()}`,
      };
      const bs = side(b);
      const as = side(a);
      if (bs) row.before = bs;
      if (as) row.after = as;
      if (bs && as) row.change = as.rate - bs.rate;
      rows.push(row);
    }
  }
  return rows;
}

/**
 * The label at the end of a bar: "57% before", "47% after (proposed)". Status is named whenever the rate is not
 * simply in force, so a draft figure never reads like a result, and a bare "after" never hides it.
 */
export function sideLabel(side: DeltaSide | undefined, which: 'before' | 'after'): string {
  if (!side) return '';
  const status = isInForceStatus(side.status) ? '' : ` (${STATUS_LABEL[side.status].toLowerCase()})`;
  return `${formatPercent(side.rate)} ${which}${status}`;
}
