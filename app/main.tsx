import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { Providers } from './providers.tsx';
import { startUrlSync } from './lib/url-sync.ts';
import { URL_MIGRATIONS, URL_TABLE } from './url-table.ts';
import { raiseNotice } from './state/notices-store.ts';
import './styles.css';
import { restoreWorkspace } from './state/workspace-store.ts';

startUrlSync({ table: URL_TABLE, migrations: URL_MIGRATIONS, notify: raiseNotice });
// The user's workspace (IndexedDB) is read once at start; views show the shipped data until it arrives.
void restoreWorkspace();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
