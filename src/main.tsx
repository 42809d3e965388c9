import './data/zod-jitless';
// The page-wide base first, so feature styles imported by their components come after it.
import './app/base.css';
// The page without JavaScript and the prerendered first view (both in index.html) are styled from the same sheet.
import './app/static-page.css';
import { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root';
import { FIRST_VIEW_CLASS } from './app/first-view-class';
import { preloadMap } from './app/map-slot';
import { startLoading } from './app/start-loading';
import { todayIso } from './data/today';
import { createI18n } from './i18n/i18n';
import { initialUrlState, pageUrl } from './state/use-url-state';

// Another view renders its title and list from the data, which MapLibre's 1.1 MB run at startup
// delayed by a fifth: there, the map's chunk is requested when the map first renders. The
// prerendered view has painted its text already, so it asks at once (below).
const queryClient = new QueryClient();
const startUrl = initialUrlState();
const loading = startLoading(queryClient, startUrl, pageUrl());
const i18n = createI18n(startUrl.lang ?? 'de');
// index.html carries the default dataset's title (prerendered for readers without JavaScript);
// another dataset must not show it while its own loads.
if (startUrl.data !== undefined) document.title = i18n.t('app.title');
const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
const tree = <AppRoot client={queryClient} i18n={i18n} />;
const FIRST_VIEW_REPLACED =
  'The prerendered first view differs from the data served now; it was rendered anew.';

// index.html may carry the app's first view, prerendered on the day in data-first-view (see
// src/cli/prerender-page.ts). Shown, it stays until the data is here: then React takes it over
// as it is, or renders it anew if the data failed or the day has changed since the build.
const prerenderedOn = root.dataset.firstView;
if (prerenderedOn !== undefined && document.documentElement.classList.contains(FIRST_VIEW_CLASS)) {
  preloadMap();
  void loading.then((loaded) => {
    if (loaded && prerenderedOn === todayIso()) {
      hydrateRoot(root, tree, {
        // A dataset edited in place since the build (docs/deploy.md) no longer matches the HTML:
        // React then renders the page anew, which is right, so it is not reported as an error.
        onRecoverableError: (error) => console.warn(FIRST_VIEW_REPLACED, error),
      });
    } else createRoot(root).render(tree);
  });
} else {
  // Hidden for another view, and removed before it can show: React's first render comes a frame
  // or more later, and the attribute that hides it would keep the new page hidden too.
  root.replaceChildren();
  delete root.dataset.firstView;
  createRoot(root).render(tree);
}
