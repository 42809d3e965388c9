import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedTheme } from '../components/status-style';
import type { AppConfig } from '../config/app-config';
import type { PlaceEntry } from '../data/dataset';
import type { Bounds } from '../data/schema';
import type { RelationRow } from '../data/relation-rows';
import { lazyPart } from '../components/lazy-part';
import { remoteStyleQueryOptions } from '../map/remote-basemap';
import type { BasemapConsent } from '../state/basemap-consent';
import { useHoveredPlaceId, useUiActions } from '../state/ui-store';
import { MapPlaceholder } from './map-placeholder';
import { attributionLines } from './page-title';

// The map (MapLibre, its CSS, layers) is its own chunk: title, filters, list and panel render without it.
const RelationMapPart = lazyPart(() => import('../map/relation-map').then((module) => module.RelationMap));

/** Requests the map's chunk (and so starts MapLibre's worker) before the map first renders. */
export const preloadMap = RelationMapPart.preload;

export interface MapSlotProps {
  rows: readonly RelationRow[];
  homes: readonly PlaceEntry[];
  selectedId: string | undefined;
  onSelect: (placeId: string) => void;
  config: AppConfig;
  theme: ResolvedTheme;
  mapLabel: string;
  cooperativeGestures: boolean;
  /** Whether the reader agreed to load config.json's remote basemap. */
  consent: BasemapConsent;
  onBasemapError: () => void;
  initialBounds: Bounds;
}

/** The map, once a configured remote basemap has loaded or failed; the bundled one needs no wait. */
export function MapSlot({ config, consent, ...props }: MapSlotProps) {
  const { t, i18n } = useTranslation();
  const hoveredId = useHoveredPlaceId();
  const { hoverPlace, setMapDrawn } = useUiActions();
  const remoteStyle = useQuery({
    ...remoteStyleQueryOptions(config.basemapStyleUrl),
    enabled: consent.allowed,
  });
  const [rememberedAtStart] = useState(consent.remembered);
  // A remote basemap remembered from an earlier visit gets its few seconds before the map starts,
  // so it does not flash; one agreed to just now replaces the bundled one in place.
  if (rememberedAtStart && config.basemapStyleUrl !== undefined && remoteStyle.isLoading) {
    return <MapPlaceholder />;
  }
  const attribution = attributionLines(
    {
      naturalEarth: t('attribution.naturalEarth'),
      geonames: t('attribution.geonames'),
      basemapFallback: t('config.basemapFallback'),
    },
    config,
    remoteStyle.isError,
  );
  return (
    <RelationMapPart
      fallback={<MapPlaceholder />}
      failedTexts={{ message: t('mapLoading.failed'), retry: t('app.retry') }}
      {...props}
      language={i18n.language}
      hoveredId={hoveredId}
      onHover={hoverPlace}
      onDrawn={setMapDrawn}
      attribution={attribution}
      remoteStyle={remoteStyle.data ?? null}
    />
  );
}
