// Code loaded on demand may fail (offline, blocked file, a new deploy that removed the old
// chunk). Whatever fails says so in a DSFR alert with « Réessayer », and the rest of the page
// keeps working: no blank page, no endless spinner.
import { Component, lazy, Suspense, type ComponentType, type ErrorInfo, type ReactNode } from "react";
import { retryableImport } from "../state/retryableImport.ts";

/** The alert itself, for parts that load code without React.lazy (e.g. the search engine). */
export function LoadFailure({ what, onRetry, className = "" }: { what: string; onRetry: () => void; className?: string }) {
  return (
    <div className={`fr-alert fr-alert--error fr-alert--sm fr-my-2w ${className}`} role="alert">
      <p>
        Impossible de charger {what} : le fichier de code n'est pas arrivé (connexion interrompue ou fichier bloqué).
      </p>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={onRetry}>
        Réessayer
      </button>
    </div>
  );
}

interface BoundaryProps {
  /** What failed, after « Impossible de charger »: « la vue de comparaison », « le moteur de recherche ». */
  what: string;
  /** Called before re-rendering the children on « Réessayer » (e.g. a RetryableLazy's retry). */
  onRetry?: () => void;
  children: ReactNode;
}

/** Error boundary for a lazily loaded part: an alert with « Réessayer » instead of an empty page. */
export class LazyBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the console; the person using the page gets the alert.
    console.warn(`${this.props.what} : échec du chargement`, error, info.componentStack);
  }

  retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? <LoadFailure what={this.props.what} onRetry={this.retry} /> : this.props.children;
  }
}

export type RetryableLazy<P extends object> = ComponentType<P> & {
  retry: () => void;
  /** Fetch the code now (idle time), without rendering; a failure is reported when it is shown. */
  preload: () => Promise<void>;
};

/**
 * React.lazy keeps a rejected import for ever; this one is replaced by a fresh import() on
 * retry(). Pair it with <LazyBoundary onRetry={Part.retry}> and a <Suspense> (or use LazyPart).
 * Once the code is there, the part renders at once, without a Suspense fallback.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): RetryableLazy<P> {
  const module = retryableImport(load);
  let current = lazy(module.load);
  const Part = ((props: P) => {
    const Ready = module.loaded()?.default;
    const Current = Ready ?? current;
    return <Current {...props} />;
  }) as RetryableLazy<P>;
  Part.retry = () => {
    current = lazy(module.load);
  };
  Part.preload = () => module.load().then(
    () => undefined,
    () => undefined,
  );
  return Part;
}

/** A lazily loaded part with its boundary and fallback: the usual way to show one. */
export function LazyPart<P extends object>({ part: Part, what, fallback = null, props }: { part: RetryableLazy<P>; what: string; fallback?: ReactNode; props: P }) {
  return (
    <LazyBoundary what={what} onRetry={Part.retry}>
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    </LazyBoundary>
  );
}
