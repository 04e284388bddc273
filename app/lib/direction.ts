/**
 * Direction keys, built and read in one place: `imposer>target` names who taxes whose goods ("us>china": the
 * US tariff on goods from China) and `imposer>target|basis` one rate line ("us>china|headline"). They key maps,
 * series and the duty calculator's `dir` link parameter. Pure: imports nothing.
 */

export interface Direction {
  imposerId: string;
  targetId: string;
}

/** "us>china". */
export function directionKey(d: Direction): string {
  return `${d.imposerId}>${d.targetId}`;
}

/** "us>china|headline": one direction on one basis (rates of different bases are never joined). */
export function directionBasisKey(d: Direction & { basis: string }): string {
  return `${directionKey(d)}|${d.basis}`;
}

/** "us>china" → { imposerId: 'us', targetId: 'china' }; null unless it is exactly two non-empty ids. */
export function parseDirectionKey(key: string): Direction | null {
  const parts = key.split('>');
  const [imposerId, targetId] = parts;
  if (parts.length !== 2 || !imposerId || !targetId || targetId.includes('|')) return null;
  return { imposerId, targetId };
}
