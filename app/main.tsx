import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { Providers } from './providers.tsx';
import { startUrlSync } from './lib/url-sync.ts';
// Registers the scenario state with url-sync; must be evaluated before startUrlSync() runs.
import './scenarios/url-part.ts';
// Registers the "Reported by" date with url-sync, likewise.
import './state/reported-by-url-part.ts';
import './styles.css';
import { restoreWorkspace } from './state/workspace-store.ts';
import { registerWorkspaceUrlPart } from './state/workspace-url-part.ts';

registerWorkspaceUrlPart();
startUrlSync();
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
