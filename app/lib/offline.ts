import { useSyncExternalStore } from 'react';
import { DATASET_URL } from '../data/queries.ts';

/**
 * Offline support: registers the service worker (vite-plugin-pwa, generateSW) after the page has loaded,
 * from a lazily loaded chunk, so it adds nothing to the first view's JavaScript; and reports whether the
 * browser is online, so the header can say when cached data is shown.
 */

let registered = false;

/** Warm the network-first dataset cache once the worker controls this page (the first visit's fetch of the
 * dataset happened before the worker existed, so it was not cached). */
function warmDatasetCache(): void {
  const sw = navigator.serviceWorker;
  const warm = () => {
    void fetch(DATASET_URL, { cache: 'no-cache' }).catch(() => {});
  };
  if (sw.controller) warm();
  else sw.addEventListener('controllerchange', warm, { once: true });
}

export function registerServiceWorkerAfterLoad(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const register = () => {
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        registerSW({
          immediate: true,
          onRegisteredSW: () => warmDatasetCache(),
          onRegisterError: () => {
            // Offline support is an extra: the dashboard works online without it.
          },
        });
      })
      .catch(() => {});
  };
  if (document.readyState === 'complete') setTimeout(register, 0);
  else window.addEventListener('load', () => setTimeout(register, 0), { once: true });
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** True while the browser reports a network connection. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
