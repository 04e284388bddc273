/** What a key does in presentation mode. Pure, so the mapping is tested without a DOM. */
export type PresenterCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'exit'
  | 'notes'
  | 'highlight-next'
  | 'highlight-previous'
  | 'highlight-clear'
  | null;

export function presenterCommand(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean } | null,
  mods: { alt?: boolean; ctrl?: boolean; meta?: boolean; shift?: boolean } = {},
): PresenterCommand {
  if (mods.alt || mods.ctrl || mods.meta) return null;
  const tag = target?.tagName?.toLowerCase() ?? '';
  const typing = tag === 'input' || tag === 'textarea' || tag === 'select' || !!target?.isContentEditable;
  if (key === 'Escape') return 'exit';
  if (typing) return null;
  // Space and Enter keep their meaning on buttons and links (activate), so they only advance elsewhere.
  const onControl = tag === 'button' || tag === 'a' || tag === 'summary';
  switch (key) {
    // A slide fits the screen, so no key scrolls; the arrows, Page keys (what clickers send) and Space move
    // through the build steps and slides alike.
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return onControl ? null : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'n':
    case 'N':
      return 'notes';
    // H highlights the chart's next mark (Shift+H the one before), X clears it; both windows show it.
    case 'h':
      return mods.shift ? 'highlight-previous' : 'highlight-next';
    case 'H':
      return 'highlight-previous';
    case 'x':
    case 'X':
      return 'highlight-clear';
    default:
      return null;
  }
}
