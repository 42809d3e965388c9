import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import './lazy-part.css';

/** What a part of the page shows when its code could not be loaded. */
interface LoadFailedTexts {
  message: string;
  retry: string;
}

/** A component whose code is its own chunk, loaded on first render (or earlier with `preload`). */
export interface LazyPart<P> {
  /** Renders the part; `fallback` while its chunk loads, a contained error if it fails. */
  Part: ComponentType<P & { fallback?: ReactNode; failedTexts: LoadFailedTexts }>;
  /**
   * Starts loading the chunk now, e.g. at startup alongside the data requests; settles when
   * done. A failure is forgotten, so the part's own render asks again and shows the outcome.
   */
  preload: () => Promise<void>;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let request: Promise<ComponentType<P>> | undefined;
  // Once the code is there, a part rendered later needs no Suspense: React holds back revealing
  // suspended content for up to 300 ms, which the map would wait for after every preload.
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
  function Part({
    fallback = null,
    failedTexts,
    ...props
  }: P & { fallback?: ReactNode; failedTexts: LoadFailedTexts }) {
    const [attempt, setAttempt] = useState(0);
    // Decided once per mount, so the part never switches between the two trees (which would remount it).
    const [Ready] = useState(() => ready);
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
  return {
    Part,
    preload: () =>
      fetchOnce().then(
        () => undefined,
        () => {
          request = undefined;
        },
      ),
  };
}
