import { isNotYetInEffect } from '../../data/status.ts';
import type { DeltaRow } from '../../charts/delta/build-delta.ts';
import type { TableData } from '../../components/data-table.tsx';
import { formatPercent, formatPointChange, STATUS_LABEL } from '../../lib/format.ts';

/** Pure: the delta chart's rows as a table (exactly what the chart shows), each linked to the "after" record. */
export function deltaTable(rows: readonly DeltaRow[]): TableData {
  return {
    columns: ['Round', 'Direction and basis', 'Before', 'After', 'Change'],
    rows: rows.map((r) => [
      r.roundTitle,
      r.label,
      r.before ? formatPercent(r.before.rate) : 'no rate recorded',
      r.after
        ? `${formatPercent(r.after.rate)} (${STATUS_LABEL[r.after.status].toLowerCase()})`
        : 'no rate recorded',
      r.change !== undefined ? formatPointChange(r.change) : '—',
    ]),
    recordIds: rows.map((r) => r.after?.recordId ?? r.before?.recordId ?? null),
  };
}

/** " proposed" / " threatened" / " announced" after a figure that is not in force yet, so the arrow never reads as a result. */
function pendingNote(r: DeltaRow): string {
  const s = r.after?.status;
  return s && isNotYetInEffect(s) ? ` ${STATUS_LABEL[s].toLowerCase()}` : '';
}

/** One sentence for the delta chart's frame. */
export function deltaSummary(rows: readonly DeltaRow[], roundsWithout: number): string {
  if (rows.length === 0) return 'None of the selected rounds records rates before or after.';
  const parts = rows.map((r) =>
    r.before && r.after
      ? `${r.label}: ${formatPercent(r.before.rate)} → ${formatPercent(r.after.rate)}${pendingNote(r)} (${formatPointChange(r.change ?? 0)}) at ${r.roundTitle}`
      : `${r.label}: ${r.after ? `${formatPercent(r.after.rate)} after` : `${formatPercent(r.before!.rate)} before`} at ${r.roundTitle}`,
  );
  const none =
    roundsWithout > 0
      ? ` ${roundsWithout} selected round${roundsWithout === 1 ? '' : 's'}: no rates recorded.`
      : '';
  return `${parts.join('; ')}.${none}`;
}
