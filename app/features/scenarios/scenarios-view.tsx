/** Placeholder until this view is built. */
export function ScenariosView() {
  return (
    <div className="view">
      <header className="view-header">
        <h1>Scenarios</h1>
        <p className="lede">This view is being built.</p>
      </header>
    </div>
  );
}
