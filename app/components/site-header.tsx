import { useEffect, useState, type MouseEvent } from 'react';
import { applyTheme, readTheme, THEMES, type Theme } from '../lib/theme.ts';
import { useViewActions, useViewState } from '../state/view-store.ts';
import { VIEWS, type ViewId } from '../state/view-state.ts';
import { AsOfControl } from './as-of-control.tsx';
import { OfflineStatus, ShareActions } from './share-actions.tsx';
import { datasetVersionLoaded } from '../lib/url-sync.ts';
import { registerServiceWorkerAfterLoad } from '../lib/offline.ts';

const THEME_LABEL: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** Title, view navigation and theme choice. Views are real links so they can be opened in a new tab. */
export function SiteHeader({ datasetVersion }: { datasetVersion: string | undefined }) {
  const view = useViewState('view');
  const { viewChosen } = useViewActions();
  const [theme, setTheme] = useState<Theme>(readTheme);

  // Permalinks pin the loaded dataset version; the offline worker is registered once the page has loaded.
  useEffect(() => {
    if (datasetVersion) datasetVersionLoaded(datasetVersion);
  }, [datasetVersion]);
  useEffect(() => registerServiceWorkerAfterLoad(), []);

  const onNav = (e: MouseEvent<HTMLAnchorElement>, id: ViewId) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    viewChosen(id);
  };

  return (
    <header className="site-header">
      <div className="brand">
        <span className="brand-title">Tariffs &amp; Sanctions</span>
        {datasetVersion && <span className="brand-version">data {datasetVersion}</span>}
        <OfflineStatus datasetVersion={datasetVersion} />
      </div>
      <nav aria-label="Views" className="view-nav">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <a
                href={`?view=${v.id}`}
                aria-current={v.id === view ? 'page' : undefined}
                onClick={(e) => onNav(e, v.id)}
              >
                {v.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <AsOfControl />
      <ShareActions />
      <label className="theme-picker">
        <span>Theme</span>
        <select
          value={theme}
          onChange={(e) => {
            const t = e.target.value as Theme;
            setTheme(t);
            applyTheme(t);
          }}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
