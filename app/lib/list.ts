/** Switches a value in or out of a list (a filter chip, a compared round, a scenario preset). Pure. */
export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}
