import { useNoticeActions, useNotices } from '../state/notices-store.ts';

/**
 * Messages about dropped link parts, rejected saved state and imports; each can be dismissed, and some offer
 * what to do (download what was kept aside, restore it, open a file).
 */
export function Notices() {
  const notices = useNotices();
  const { noticeDismissed } = useNoticeActions();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <span className="notice-actions">
            {n.actions?.map((a) => (
              <button
                key={a.label}
                type="button"
                onClick={() => {
                  void Promise.resolve(a.run()).then((done) => {
                    if (done === true) noticeDismissed(n.id);
                  });
                }}
              >
                {a.label}
              </button>
            ))}
            <button
              type="button"
              className="icon-button"
              onClick={() => noticeDismissed(n.id)}
              aria-label="Dismiss notice"
            >
              ×
            </button>
          </span>
        </div>
      ))}
    </section>
  );
}
