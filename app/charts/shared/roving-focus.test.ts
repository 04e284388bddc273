import { describe, expect, it } from 'vitest';
import { nextMarkIndex, nextMarkIndexInRows } from './roving-focus.ts';

describe('nextMarkIndex', () => {
  it('steps with the arrows, stops at the ends, and jumps with Home/End', () => {
    expect(nextMarkIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextMarkIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextMarkIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextMarkIndex('End', 0, 3)).toBe(2);
    expect(nextMarkIndex('Home', 2, 3)).toBe(0);
    expect(nextMarkIndex('Tab', 1, 3)).toBeUndefined();
    expect(nextMarkIndex('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe('nextMarkIndexInRows', () => {
  const rows = ['a', 'a', 'b', 'c', 'c'];
  it('moves ↑/↓ to the first mark of the neighbouring row, ←/→ through all marks', () => {
    expect(nextMarkIndexInRows('ArrowDown', 1, rows)).toBe(2);
    expect(nextMarkIndexInRows('ArrowDown', 2, rows)).toBe(3);
    expect(nextMarkIndexInRows('ArrowUp', 4, rows)).toBe(2);
    expect(nextMarkIndexInRows('ArrowDown', 4, rows)).toBe(4);
    expect(nextMarkIndexInRows('ArrowRight', 1, rows)).toBe(2);
  });
});
