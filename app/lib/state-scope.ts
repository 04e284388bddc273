import { createContext, useContext } from 'react';

/**
 * A scope of link state: what a query string (a saved slide, a build step) sets in every store of the URL
 * table, decoded by url-sync's `stateOfQuery` without touching the stores. The slide renderer provides it
 * (thumbnails in the deck editor, the handout, the presenter); the stores' hooks read it first, so a view
 * drawn inside it shows the slide's own state while the page's state and address bar stay as they are.
 */
export interface StateScope {
  /** The query the scope was decoded from (no leading "?"): the permalink of what is shown in it. */
  query: string;
  /** Every URL store's state under that query, by the store's name in the URL table ("view", "scenarios"). */
  stores: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const StateScopeContext = createContext<StateScope | null>(null);

/** The scope a component is drawn in, or null on the page (where the stores themselves are read). */
export function useStateScope(): StateScope | null {
  return useContext(StateScopeContext);
}

/** One URL store's state in the scope a component is drawn in, or null on the page. */
export function useScopedStore<S>(name: string): S | null {
  const scope = useContext(StateScopeContext);
  return scope ? ((scope.stores[name] ?? null) as S | null) : null;
}
