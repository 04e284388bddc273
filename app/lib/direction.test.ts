import { describe, expect, it } from 'vitest';
import { directionBasisKey, directionKey, parseDirectionKey } from './direction.ts';

describe('direction keys', () => {
  it('builds the direction and the direction-on-a-basis keys', () => {
    expect(directionKey({ imposerId: 'us', targetId: 'china' })).toBe('us>china');
    expect(directionBasisKey({ imposerId: 'china', targetId: 'us', basis: 'average' })).toBe(
      'china>us|average',
    );
  });
  it('reads back what it builds', () => {
    const d = { imposerId: 'us', targetId: 'china' };
    expect(parseDirectionKey(directionKey(d))).toEqual(d);
  });
  it('refuses keys that are not exactly two ids', () => {
    for (const k of ['', 'us', 'us>', '>china', 'us>china>russia', 'us>china|headline'])
      expect(parseDirectionKey(k)).toBeNull();
  });
});
