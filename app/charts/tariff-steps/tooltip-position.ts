import type { CSSProperties } from 'react';

/**
 * Where a chart tooltip sits: beside the point on wide charts (flipped left past the middle), and as a full-width
 * card under the point on narrow ones, so it never squeezes into a sliver at the edge of a phone screen.
 */
export function tooltipStyle(x: number, y: number, chartWidth: number): CSSProperties {
  if (chartWidth < 560) return { left: 4, right: 4, top: y + 16, maxWidth: 'none' };
  return {
    left: x,
    top: y + 16,
    width: 'max-content',
    transform: x > chartWidth / 2 ? 'translateX(-100%)' : undefined,
  };
}
