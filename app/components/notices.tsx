import { useNoticeActions, useNotices } from '../state/notices-store.ts';

/** Messages about dropped link parts, rejected saved state and imports; each can be dismissed. */
export function Notices() {
  const notices = useNotices();
  const { noticeDismissed } = useNoticeActions();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => noticeDismissed(n.id)}
            aria-label="Dismiss notice"
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
