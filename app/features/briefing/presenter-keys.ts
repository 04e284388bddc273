/** What a key does in presentation mode. Pure, so the mapping is tested without a DOM. */
export type PresenterCommand =
  'next' | 'previous' | 'first' | 'last' | 'exit' | 'notes' | 'scroll-down' | 'scroll-up' | null;

export function presenterCommand(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean } | null,
  mods: { alt?: boolean; ctrl?: boolean; meta?: boolean } = {},
): PresenterCommand {
  if (mods.alt || mods.ctrl || mods.meta) return null;
  const tag = target?.tagName?.toLowerCase() ?? '';
  const typing = tag === 'input' || tag === 'textarea' || tag === 'select' || !!target?.isContentEditable;
  if (key === 'Escape') return 'exit';
  if (typing) return null;
  // Space and Enter keep their meaning on buttons and links (activate), so they only advance elsewhere.
  const onControl = tag === 'button' || tag === 'a' || tag === 'summary';
  switch (key) {
    // Up and Down scroll a slide taller than the screen (a chart with its legend on a 900 px projector), so a
    // keyboard-only presenter can reach all of it; clickers send Page Down/Up, which still change slides.
    case 'ArrowDown':
      return 'scroll-down';
    case 'ArrowUp':
      return 'scroll-up';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return onControl ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'n':
    case 'N':
      return 'notes';
    default:
      return null;
  }
}

/** The slide index after a command, clamped to the deck. */
export function nextIndex(index: number, count: number, command: PresenterCommand): number {
  const last = Math.max(0, count - 1);
  switch (command) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return index;
  }
}
