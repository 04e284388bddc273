import type { ReactNode } from 'react';
import { useViewActions } from '../state/view-store.ts';
import { useDatasetIndex, useIsYours } from '../data/use-dataset.ts';
import { withYours } from '../lib/format.ts';
import { noteFlag, recordTitle, type NoteFlag } from '../data/selectors.ts';

/**
 * The one action that reaches a figure's source: opens the provenance drawer for a record.
 * Every number on every view is wrapped in one of these (or in a chart mark that does the same).
 */
export function RecordLink({
  recordId,
  children,
  label,
  className,
}: {
  recordId: string;
  children: ReactNode;
  /** Accessible name when the visible text alone is not enough (e.g. "145%: source"). */
  label?: string;
  className?: string;
}) {
  const { recordOpened } = useViewActions();
  const yours = useIsYours(recordId);
  return (
    <button
      type="button"
      className={`record-link ${className ?? ''}`}
      aria-label={label && withYours(label, yours)}
      aria-haspopup="dialog"
      onClick={() => recordOpened(recordId)}
    >
      {children}
      {yours && <YoursBadge />}
    </button>
  );
}

/** Marks a record that comes from the user's own workspace, not from the shipped dataset. */
export function YoursBadge() {
  return (
    <span className="badge badge-yours" title="From your workspace, not the shipped dataset">
      yours
    </span>
  );
}

/** A visible flag on anything the documents leave ambiguous or contradict. */
export function AmbiguityFlag({ kind }: { kind: NoteFlag }) {
  return (
    <span
      className={`flag flag-${kind}`}
      title={kind === 'conflict' ? 'Documents conflict' : 'Ambiguous in the document'}
    >
      <span aria-hidden="true">{kind === 'conflict' ? '⇄' : '?'}</span>
      <span className="visually-hidden">
        {kind === 'conflict' ? ' (documents conflict)' : ' (ambiguous)'}
      </span>
    </span>
  );
}

/** A record's ambiguity or conflict flag (`noteFlag`), or nothing when its documents are clear. */
export function RecordFlag({ record }: { record: { notes: readonly { kind: string }[] } }) {
  const kind = noteFlag(record);
  return kind ? <AmbiguityFlag kind={kind} /> : null;
}

/** The "source" button of a table row: names the record it opens, so a list of them is not all alike. */
export function SourceButton({ recordId }: { recordId: string }) {
  const index = useDatasetIndex();
  const r = index.records.get(recordId);
  return (
    <RecordLink recordId={recordId} label={`Source: ${r ? recordTitle(index, r) : recordId}`}>
      source
    </RecordLink>
  );
}
