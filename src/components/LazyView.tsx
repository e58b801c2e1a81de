// An on-demand view: loads its code when first shown; if that fails (network dropped), an alert
// with « Réessayer » loads it again instead of leaving a blank area or an uncaught error.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

interface Props<P> {
  /** A stable (module-level) loader: a new function on each render would reload the code. */
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  loading: string;
  what: string;
}

// A rejected React.lazy stays rejected: each retry needs a fresh lazy component, kept per loader
// so that re-renders reuse it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const views = new WeakMap<object, { attempt: number; view: ComponentType<any> }>();
function lazyView<P>(load: () => Promise<{ default: ComponentType<P> }>, attempt: number): ComponentType<P> {
  const hit = views.get(load);
  if (hit && hit.attempt === attempt) return hit.view as ComponentType<P>;
  const view = lazy(load);
  views.set(load, { attempt, view });
  return view as ComponentType<P>;
}

export function LazyView<P extends object>({ load, props, loading, what }: Props<P>) {
  const [attempt, setAttempt] = useState(0);
  const View = lazyView(load, attempt);
  return (
    <LoadBoundary key={attempt} what={what} onRetry={() => setAttempt((a) => a + 1)}>
      <Suspense fallback={<p className="fr-p-2w">{loading}</p>}>
        {/* View is stable across renders (cached per loader and attempt); it changes only on « Réessayer ». */}
        {/* eslint-disable-next-line react-hooks/static-components */}
        <View {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<{ what: string; onRetry: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="fr-alert fr-alert--error" role="alert">
        <p>Impossible de charger {this.props.what} (connexion interrompue ?).</p>
        <button type="button" className="fr-btn fr-btn--sm" onClick={this.props.onRetry}>
          Réessayer
        </button>
      </div>
    );
  }
}
