import {
  useCallback,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';

/**
 * One Tab stop per chart: of a chart's focusable marks only one is in the Tab order (the last one used, at
 * first the first), and the arrow keys move between them. ←/→ step through the marks in order; ↑/↓ do the
 * same, or jump to the neighbouring row when the marks are grouped into rows; Home/End go to the ends.
 */

/** The index a key moves to among `n` marks from `i`, or undefined for a key that does not move. */
export function nextMarkIndex(key: string, i: number, n: number): number | undefined {
  if (n === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(n - 1, i + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, i - 1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return undefined;
  }
}

/**
 * The first mark of the neighbouring row for ↑/↓ when marks sit in rows (`rowOf` gives each mark's row key),
 * else the index `nextMarkIndex` gives.
 */
export function nextMarkIndexInRows(key: string, i: number, rows: readonly string[]): number | undefined {
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return nextMarkIndex(key, i, rows.length);
  const row = rows[i];
  const order = [...new Set(rows)];
  const next = order[order.indexOf(row ?? '') + (key === 'ArrowDown' ? 1 : -1)];
  if (next === undefined) return i;
  return rows.indexOf(next);
}

/**
 * Keeps exactly one of the marks under `ref` (elements matching `selector`) in the Tab order and moves focus
 * with the arrow keys. Give the returned handlers to every mark. With `rowOf`, ↑/↓ move between
 * rows (lanes) instead of to the next mark.
 */
export function useRovingFocus(
  ref: RefObject<Element | null>,
  selector: string,
  rowOf?: (el: HTMLElement) => string,
): {
  onKeyDown: (e: KeyboardEvent) => void;
  onFocus: (e: FocusEvent) => void;
  /** A mark's key handler: Enter or Space opens it (as a click does); the other keys move focus. */
  keyDownOpening: (open: (e: KeyboardEvent) => void) => (e: KeyboardEvent) => void;
} {
  const active = useRef(0);
  const marks = useCallback(
    () => [...(ref.current?.querySelectorAll<HTMLElement>(selector) ?? [])],
    [ref, selector],
  );
  useLayoutEffect(() => {
    const all = marks();
    if (active.current >= all.length) active.current = Math.max(0, all.length - 1);
    all.forEach((el, i) => {
      el.tabIndex = i === active.current ? 0 : -1;
    });
  });
  const onFocus = useCallback(
    (e: FocusEvent) => {
      const all = marks();
      const i = all.indexOf(e.target as HTMLElement);
      if (i < 0) return;
      active.current = i;
      all.forEach((el, j) => {
        el.tabIndex = j === i ? 0 : -1;
      });
    },
    [marks],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const all = marks();
      const i = all.indexOf(e.target as HTMLElement);
      if (i < 0) return;
      const j = rowOf
        ? nextMarkIndexInRows(
            e.key,
            i,
            all.map((el) => rowOf(el)),
          )
        : nextMarkIndex(e.key, i, all.length);
      if (j === undefined) return;
      e.preventDefault();
      all[j]?.focus();
    },
    [marks, rowOf],
  );
  const keyDownOpening = useCallback(
    (open: (e: KeyboardEvent) => void) => (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(e);
        return;
      }
      onKeyDown(e);
    },
    [onKeyDown],
  );
  return { onKeyDown, onFocus, keyDownOpening };
}
