import { useEffect, useId, useState, type MouseEvent, type ReactNode } from 'react';
import { applyTheme, readTheme, THEMES, type Theme } from '../lib/theme.ts';
import { useViewActions, useViewState } from '../state/view-store.ts';
import { NAV_VIEWS, type ViewId } from '../state/view-state.ts';
import { AsOfControl } from './as-of-control.tsx';
import { OfflineStatus, ShareActions } from './share-actions.tsx';
import { registerServiceWorkerAfterLoad } from '../lib/offline.ts';
import { formatIsoDate } from '../lib/format.ts';
import './site-header.css';

const THEME_LABEL: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** The part of a view's label a phone may drop ("Sanctions & controls" → "Sanctions"); still read aloud. */
const NAV_SHORT: Partial<Record<ViewId, [string, string]>> = {
  sanctions: ['Sanctions', ' & controls'],
};

function ThemePicker() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  return (
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
  );
}

/**
 * Title, how recent the evidence is, view navigation, search, and the controls that set what every view
 * shows (As of, and beside it any further reading controls), then sharing and theme. The navigation wraps
 * instead of scrolling sideways, so no view is ever out of sight; on a phone the controls fold behind one
 * button that says what is set ("As of today"), so they take one line.
 */
export function SiteHeader({
  datasetVersion,
  evidenceTo,
  search,
  viewControls,
}: {
  datasetVersion: string | undefined;
  /** The newest document's date as the curator labels it ("c. 31 Oct 2025"). */
  evidenceTo?: string | undefined;
  /** The header's search box. */
  search?: ReactNode;
  /** Further controls that change what every view shows (readings, reported-by), set beside As of. */
  viewControls?: ReactNode;
}) {
  const view = useViewState('view');
  const asOf = useViewState('asOf');
  const { viewChosen } = useViewActions();
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsId = useId();

  // The offline worker is registered once the page has loaded.
  useEffect(() => registerServiceWorkerAfterLoad(), []);

  const onNav = (e: MouseEvent<HTMLAnchorElement>, id: ViewId) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    viewChosen(id);
  };

  return (
    <header className="site-header">
      <div className="header-bar">
        <div className="brand">
          <span className="brand-title">Tariffs &amp; Sanctions</span>
          {evidenceTo && (
            <span
              className="brand-evidence"
              title={datasetVersion ? `Dataset version ${datasetVersion}` : undefined}
            >
              Evidence to {evidenceTo}
            </span>
          )}
          <OfflineStatus datasetVersion={datasetVersion} />
        </div>
        <nav aria-label="Views" className="view-nav">
          <ul>
            {NAV_VIEWS.map((v) => {
              const short = NAV_SHORT[v.id];
              return (
                <li key={v.id}>
                  <a
                    href={`?view=${v.id}`}
                    aria-current={v.id === view ? 'page' : undefined}
                    onClick={(e) => onNav(e, v.id)}
                  >
                    {short ? (
                      <>
                        {short[0]}
                        <span className="phone-hidden">{short[1]}</span>
                      </>
                    ) : (
                      v.label
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
      <div className="header-tools">
        <button
          type="button"
          className="tools-toggle"
          aria-expanded={toolsOpen}
          aria-controls={toolsId}
          onClick={() => setToolsOpen((o) => !o)}
        >
          <span>As of {asOf ? formatIsoDate(asOf) : 'today'}</span>
          <span className="tools-toggle-more"> · options</span>
          <span aria-hidden="true" className="tools-caret">
            {toolsOpen ? '▴' : '▾'}
          </span>
        </button>
        {search && <div className="header-search">{search}</div>}
        <div id={toolsId} className={`tools-panel${toolsOpen ? ' is-open' : ''}`}>
          <div className="view-controls" role="group" aria-label="What the views show">
            <AsOfControl />
            {viewControls}
          </div>
          <div className="header-actions">
            <ShareActions />
            <a
              className="header-link"
              href="?view=workspace"
              aria-current={view === 'workspace' ? 'page' : undefined}
              onClick={(e) => onNav(e, 'workspace')}
            >
              Your data
            </a>
            <ThemePicker />
            {datasetVersion && <span className="brand-version">data {datasetVersion}</span>}
          </div>
        </div>
      </div>
    </header>
  );
}
