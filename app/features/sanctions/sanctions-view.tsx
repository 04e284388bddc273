/** Placeholder until this view is built. */
export function SanctionsView() {
  return (
    <div className="view">
      <header className="view-header">
        <h1>Sanctions and export controls</h1>
        <p className="lede">This view is being built.</p>
      </header>
    </div>
  );
}
