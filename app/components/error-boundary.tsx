import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Keeps the rest of the app working when one view fails: the header and navigation stay usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <section className="panel error-panel" role="alert">
          <h2>This view could not be shown</h2>
          <p>{this.state.error.message}</p>
          <p>The other views still work; choose one above.</p>
        </section>
      );
    }
    return this.props.children;
  }
}
