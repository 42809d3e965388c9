import { useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
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
 * False in the build's prerender and while the browser hydrates it, true after: a part rendered
 * there as anything but its fallback would not match the prerendered HTML.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** A component whose code is its own chunk; `preload` requests that chunk before it first renders. */
export type LazyPart<P extends object> = ComponentType<P & LazyPartProps> & { preload: () => void };

/**
 * A component whose code is its own chunk, loaded on first render (or on `preload`): `fallback`
 * while it loads, a contained error with a retry if it fails.
 *
 * Not React.lazy: behind Suspense, React holds back revealing the loaded part for up to 300 ms
 * after it showed the fallback: on load, the map waited there about 0.2 s, the main thread idle.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let request: Promise<ComponentType<P>> | undefined;
  // Once the code is there, a part rendered later shows it in its first render.
  let ready: ComponentType<P> | undefined;
  const fetchOnce = () =>
    (request ??= load().then(
      (component) => {
        ready = component;
        return component;
      },
      (error: unknown) => {
        // The next attempt asks again.
        request = undefined;
        throw error;
      },
    ));
  function HydratedPart({ fallback = null, failedTexts, ...props }: P & LazyPartProps) {
    const [Loaded, setLoaded] = useState(() => ready);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded || failed) return;
      let mounted = true;
      fetchOnce().then(
        // A component is a function: wrapped, so useState does not take it for an updater.
        (component) => mounted && setLoaded(() => component),
        () => mounted && setFailed(true),
      );
      return () => {
        mounted = false;
      };
    }, [Loaded, failed]);
    if (Loaded) return <Loaded {...(props as P)} />;
    if (!failed) return fallback;
    // A failed chunk load stays inside its part. A part that fails as it renders is left to
    // what contains it (the map: `Contained`), however its code arrived.
    return (
      <div className="load-failed" role="alert">
        <p>{failedTexts.message}</p>
        <button type="button" onClick={() => setFailed(false)}>
          {failedTexts.retry}
        </button>
      </div>
    );
  }
  // Mounted only once hydrated, so a chunk that arrived during hydration renders at once.
  function Part(props: P & LazyPartProps) {
    return useHydrated() ? <HydratedPart {...props} /> : (props.fallback ?? null);
  }
  return Object.assign(Part, {
    preload: () => {
      // A failure here is left to the part's own render, which shows it with a retry.
      fetchOnce().catch(() => undefined);
    },
  });
}
