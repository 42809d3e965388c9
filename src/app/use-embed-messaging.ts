import type { AppConfig } from '../config/app-config';
import type { PlaceEntry } from '../data/dataset';
import { pickFilters } from '../data/filters';
import type { HostCommand } from '../embed/host-protocol';
import { useHostMessaging } from '../embed/use-host-messaging';
import type { UrlState } from '../state/url-state';
import { updateUrlState } from '../state/use-url-state';

/** Matches `.layout.embed .map-area { flex-basis }` in layout.css. */
const EMBED_MAP_MIN_HEIGHT = 360;

/**
 * The height the frame needs: everything but the map at its natural size, plus the map at its
 * minimum. The map itself grows with the frame, so measuring it would make frame and map feed each other.
 */
function measureEmbedHeight(): number {
  const layout = document.querySelector('.layout.embed');
  const map = layout?.querySelector('.map-area');
  if (!layout || !map) return 0;
  return Math.ceil(layout.scrollHeight - map.getBoundingClientRect().height + EMBED_MAP_MIN_HEIGHT);
}

function applyCommand(command: HostCommand): void {
  if (command.type === 'select') updateUrlState({ city: command.city ?? undefined });
  else if (command.type === 'setDate') updateUrlState({ at: command.at ?? undefined });
  else updateUrlState(command.filters);
}

/** Connects an embedded map with its host page (see README, "Embedding"). */
export function useEmbedMessaging({
  url,
  config,
  selected,
}: {
  url: UrlState;
  config: AppConfig;
  selected: PlaceEntry | undefined;
}) {
  useHostMessaging({
    enabled: url.embed && window.parent !== window,
    allowedOrigins: config.allowedParentOrigins,
    selection: selected
      ? {
          city: selected.id,
          names: { de: selected.names.de, en: selected.names.en, native: selected.names.native },
        }
      : null,
    filters: { ...pickFilters(url), at: url.at ?? null, from: url.from ?? null },
    measureHeight: measureEmbedHeight,
    onCommand: applyCommand,
  });
}
