import { useEffect, useRef, useState } from 'react';
import { currentPermalink, currentQuery } from '../lib/url-sync.ts';
import { useViewState } from '../state/view-store.ts';
import { useDeckActions, useDeckSlides } from '../briefing/deck-store.ts';
import { newSlideTitle } from '../briefing/deck.ts';
import { raiseNotice } from '../state/notices-store.ts';
import { useOnline } from '../lib/offline.ts';
import './share-actions.css';

/** Header actions: add the current view (with all its state) to the briefing deck, and copy its permalink. */
export function ShareActions() {
  const view = useViewState('view');
  const slides = useDeckSlides();
  const { slideAdded } = useDeckActions();
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const say = (text: string) => {
    setStatus(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), 4000);
  };

  const addToDeck = () => {
    const query = currentQuery();
    const same = slides.findIndex((sl) => sl.query === query);
    // The slide is titled with the takeaway of the view's (first) chart, read from the page as shown.
    const summary = document.querySelector('main .chart-frame .chart-summary')?.textContent;
    slideAdded({ title: newSlideTitle(query, summary), query, notes: '' });
    say(
      same === -1
        ? `Added as slide ${slides.length + 1} of the deck`
        : `Added as slide ${slides.length + 1}; the same view is already slide ${same + 1}`,
    );
  };

  const copyLink = async () => {
    const link = currentPermalink();
    try {
      await navigator.clipboard.writeText(link);
      say('Link copied');
    } catch {
      // No clipboard access (permissions, insecure context): show the link so it can be copied by hand.
      raiseNotice('info', `Link to this view: ${link}`);
    }
  };

  return (
    <div className="share-actions">
      {view !== 'briefing' && (
        <button type="button" onClick={addToDeck}>
          Add to deck
        </button>
      )}
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <span className="share-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** Says when the dashboard is offline and showing the copy of the data saved on an earlier visit. */
export function OfflineStatus({ datasetVersion }: { datasetVersion: string | undefined }) {
  const online = useOnline();
  return (
    <span className="offline-status" role="status">
      {online ? '' : `Offline: showing saved data${datasetVersion ? ` (version ${datasetVersion})` : ''}`}
    </span>
  );
}
