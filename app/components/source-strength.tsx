import { evidenceStrength, recordSourceIds } from '../data/source-strength.ts';
import { useDatasetIndex } from '../data/use-dataset.ts';
import { formatSourceNumber } from '../lib/format.ts';

/**
 * The strength of a figure's sources as short badges ("opinion · translated · no author · 2025"), one
 * group per document the record cites. The rule is `data/source-strength.ts`; this only draws it.
 */
export function SourceStrength({
  record,
  sourceId,
  compact = false,
}: {
  record: { evidence: { sourceId: string; quote: string }[] } & object;
  /** Only this document's badges (the drawer shows them under each quote). */
  sourceId?: string;
  /** Without the document number (where the figure has one source and space is short). */
  compact?: boolean;
}) {
  const index = useDatasetIndex();
  const ids = sourceId ? [sourceId] : recordSourceIds(record);
  return (
    <span className="source-strength">
      {ids.map((id) => {
        const badges = evidenceStrength(index, record, id);
        const num = formatSourceNumber(id) ?? id;
        return (
          <span key={id} className="strength-group">
            <span className={compact ? 'visually-hidden' : 'strength-doc'}>
              {compact ? `Source ${num}: ` : `${num}`}
            </span>
            {badges.map((b) => (
              <span
                key={b.text}
                className={`strength-badge${b.weak ? ' strength-weak' : ''}`}
                title={b.description}
              >
                {b.text}
              </span>
            ))}
          </span>
        );
      })}
    </span>
  );
}
