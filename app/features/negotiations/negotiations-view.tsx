/** Placeholder until this view is built. */
export function NegotiationsView() {
  return (
    <div className="view">
      <header className="view-header">
        <h1>Negotiations</h1>
        <p className="lede">This view is being built.</p>
      </header>
    </div>
  );
}
