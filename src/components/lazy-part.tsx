import { lazy, Suspense, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import './lazy-part.css';

/** What a part of the page shows when its code could not be loaded. */
interface LoadFailedTexts {
  message: string;
  retry: string;
}

/** The props a lazy part takes besides its component's own. */
interface LazyPartProps {
  /** Shown while the chunk loads. */
  fallback?: ReactNode;
  failedTexts: LoadFailedTexts;
}

const noSubscription = () => () => undefined;

/**
 * False in the build's prerender and while the browser hydrates it, true after: a part that
 * suspended there would make React drop the prerendered HTML around it and render it anew.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A component whose code is its own chunk, loaded on first render: `fallback` while it loads,
 * a contained error with a retry if it fails.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P & LazyPartProps> {
  let request: Promise<ComponentType<P>> | undefined;
  // Once the code is there, a part rendered later needs no Suspense: React holds back revealing
  // suspended content for up to 300 ms, which a part opened again would wait for.
  let ready: ComponentType<P> | undefined;
  const fetchOnce = () =>
    (request ??= load().then((component) => {
      ready = component;
      return component;
    }));
  const makeLazy = () => lazy(async () => ({ default: await fetchOnce() }));
  let Loaded = makeLazy();
  const retry = () => {
    request = undefined;
    Loaded = makeLazy();
  };
  function Part({ fallback = null, failedTexts, ...props }: P & LazyPartProps) {
    const hydrated = useHydrated();
    const [attempt, setAttempt] = useState(0);
    // Decided once per mount, so the part never switches between the two trees (which would remount it).
    const [Ready] = useState(() => ready);
    if (!hydrated) return fallback;
    if (Ready) return <Ready {...(props as P)} />;
    return (
      // A failed chunk load stays inside its part; a new attempt remounts the boundary with a new request.
      <ErrorBoundary
        key={attempt}
        fallback={() => (
          <div className="load-failed" role="alert">
            <p>{failedTexts.message}</p>
            <button
              type="button"
              onClick={() => {
                retry();
                setAttempt(attempt + 1);
              }}
            >
              {failedTexts.retry}
            </button>
          </div>
        )}
      >
        <Suspense fallback={fallback}>
          <Loaded {...(props as P)} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return Part;
}
