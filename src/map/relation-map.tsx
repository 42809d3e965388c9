import { useLayoutEffect, useMemo, useState } from 'react';
import Map, {
  AttributionControl,
  Layer,
  NavigationControl,
  Source,
  type MapLayerMouseEvent,
} from 'react-map-gl/maplibre';
import * as maplibre from 'maplibre-gl';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
// After MapLibre's own sheet, which it overrides.
import './map.css';
import type { ResolvedTheme } from '../components/status-style';
import type { PlaceEntry } from '../data/dataset';
import type { Bounds } from '../data/schema';
import type { RelationRow } from '../data/relation-rows';
import { BASEMAP_COLORS, LABEL_FONT, basemapStyle } from './basemap-style';
import {
  PLACE_HIT_LAYER,
  PLACES_SOURCE,
  RELATIONS_SOURCE,
  labelMinZoom,
  placeFocusLayers,
  placeHaloLayer,
  placeHitLayer,
  placeIconLayer,
  placeLabelLayer,
  relationLineLayer,
} from './layers';
import { zoomToFit } from './camera';
import { isBasemapError } from './map-errors';
import { KeyboardFocusStatus } from './keyboard-focus-status';
import { labelFontFiles } from './label-font-files';
import { MarkerImageLoader } from './marker-image-loader';
import { preloadForFetch } from './preload-for-fetch';
import { placePoints, readableRows, relationLines } from './to-geojson';
import { useDiffedData } from './use-diffed-data';
import { useFeatureStateFlag } from './use-feature-state-flag';
import { useKeyboardFocus } from './use-keyboard-focus';
import { useFrameSelection } from './use-frame-selection';
import { useMapLocale } from './use-map-locale';

export interface RelationMapProps {
  rows: readonly RelationRow[];
  homes: readonly PlaceEntry[];
  language: string;
  selectedId: string | undefined;
  hoveredId: string | undefined;
  onSelect: (placeId: string) => void;
  onHover: (placeId: string | undefined) => void;
  attribution: string[];
  theme: ResolvedTheme;
  /** A remote basemap that loaded; null for the bundled one. */
  remoteStyle: StyleSpecification | null;
  /** Embedded maps leave wheel and one-finger drags to the host page (Ctrl/⌘+wheel, two fingers). */
  cooperativeGestures: boolean;
  /** Accessible name of the map canvas: what the map shows. */
  mapLabel: string;
  /** Part of the basemap (style, tiles, fonts) failed to load; the cities are unaffected. */
  onBasemapError: () => void;
  /** The map has drawn its first view (MapLibre's `load`). */
  onDrawn: () => void;
  /** What the map shows first; read once, so a new dataset needs a new map (key it). */
  initialBounds: Bounds;
}

// Part of this chunk, so the two download at once. The worker starts as the chunk loads, not when
// the map is created: it then evaluates MapLibre's worker code while the page is still hydrating.
maplibre.setWorkerUrl(workerUrl);
maplibre.prewarm();

/**
 * End-to-end tests and benchmarks read the live map (to project a city to pixels) from its
 * container, and count its idle events in `data-idle-count` (the map is idle once everything
 * asked for has been drawn); neither needs a global or a special build.
 */
function exposeForTests(map: MaplibreMap): void {
  const container = map.getContainer();
  Object.defineProperty(container, 'maplibreMap', { value: map, configurable: true });
  let idleCount = 0;
  map.on('idle', () => {
    idleCount += 1;
    container.dataset.idleCount = String(idleCount);
  });
}

function placeIdOf(event: MapLayerMouseEvent): string | undefined {
  const id: unknown = event.features?.[0]?.properties.id;
  return typeof id === 'string' ? id : undefined;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * MapLibre reads its UI strings (zoom buttons, gesture hints, canvas title) only when the map is
 * created, so a new language needs a new map: keyed by language, the WebGL context is rebuilt.
 * Switching languages is rare enough that this costs less than patching MapLibre's private locale.
 */
export function RelationMap(props: RelationMapProps) {
  return <LocalizedRelationMap key={props.language} {...props} />;
}

function LocalizedRelationMap(props: RelationMapProps) {
  const { rows, homes, language, selectedId, hoveredId, onSelect, onHover, attribution, theme, remoteStyle } =
    props;
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const locale = useMapLocale(props.mapLabel);
  const style = useMemo(
    () => remoteStyle ?? basemapStyle(document.baseURI, theme, prefersReducedMotion()),
    [remoteStyle, theme],
  );
  const points = useMemo(() => placePoints(rows, homes, language), [rows, homes, language]);
  // MapLibre asks for a label font only once its tiles are in, about half a second after the map
  // is created in software WebGL; asked for now, the download is done by then. Only for the first
  // labels: a file MapLibre has fetched already would be downloaded again. None when the first view
  // is further out than labels start (past READABLE_LABEL_LIMIT): MapLibre would not use them yet.
  // The window is at least as large as the map, so its zoom is the most the first view can have.
  const [labelFonts] = useState(() =>
    zoomToFit(props.initialBounds, window.innerWidth, window.innerHeight) <
    labelMinZoom(points.features.length)
      ? []
      : labelFontFiles(
          style['font-faces'],
          LABEL_FONT,
          points.features.map((feature) => feature.properties.name),
        ),
  );
  // A layout effect runs before <Map>'s own effect, which creates the map.
  useLayoutEffect(() => preloadForFetch(labelFonts), [labelFonts]);
  // Selection matters only past the limit; below it lineRows is rows itself, so selecting rebuilds nothing.
  const lineRows = useMemo(() => readableRows(rows, selectedId), [rows, selectedId]);
  const lines = useMemo(() => relationLines(lineRows), [lineRows]);
  const linesData = useDiffedData(map, RELATIONS_SOURCE, lines);
  const pointsData = useDiffedData(map, PLACES_SOURCE, points);

  useFeatureStateFlag(map, 'selected', selectedId, rows, lines);
  useFeatureStateFlag(map, 'hover', hoveredId, rows, lines);
  useFrameSelection(map, selectedId, rows);
  const keyboardFocus = useKeyboardFocus(map, points, onSelect, prefersReducedMotion());
  useFeatureStateFlag(map, 'focused', keyboardFocus.place?.id, rows, points);

  return (
    <Map
      mapLib={maplibre}
      mapStyle={style}
      locale={locale}
      initialViewState={{ bounds: props.initialBounds, fitBoundsOptions: { padding: 10 } }}
      interactiveLayerIds={[PLACE_HIT_LAYER]}
      cursor={hoveredId ? 'pointer' : 'grab'}
      dragRotate={false}
      touchPitch={false}
      maxZoom={9}
      cooperativeGestures={props.cooperativeGestures}
      attributionControl={false}
      onLoad={(event) => {
        exposeForTests(event.target);
        setMap(event.target);
        props.onDrawn();
      }}
      onClick={(event) => {
        const id = placeIdOf(event);
        if (id) onSelect(id);
      }}
      onMouseMove={(event) => {
        const id = placeIdOf(event);
        if (id !== hoveredId) onHover(id);
      }}
      onMouseLeave={() => onHover(undefined)}
      onError={(event) => {
        // Handled here, so MapLibre does not also log it as an error; kept visible for debugging.
        console.warn('city-relations-map: map error', event.error);
        const sourceId = 'sourceId' in event ? event.sourceId : undefined;
        if (isBasemapError({ error: event.error, sourceId })) props.onBasemapError();
      }}
      style={{ width: '100%', height: '100%' }}
    >
      <MarkerImageLoader />
      <KeyboardFocusStatus focus={keyboardFocus} />
      <Source id={RELATIONS_SOURCE} type="geojson" data={linesData} promoteId="id">
        <Layer {...relationLineLayer(theme)} />
      </Source>
      <Source id={PLACES_SOURCE} type="geojson" data={pointsData} promoteId="id">
        <Layer {...placeHaloLayer(theme)} />
        {placeFocusLayers(theme).map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        <Layer {...placeHitLayer} />
        {/* Labels below icons: MapLibre places the top layer first, so labels yield to markers. */}
        <Layer {...placeLabelLayer(BASEMAP_COLORS[theme], points.features.length)} />
        <Layer {...placeIconLayer(theme)} />
      </Source>
      <NavigationControl showCompass={false} position="top-left" />
      {/* Keyed by its text: MapLibre reads the attribution once, and a basemap fallback changes it later. */}
      <AttributionControl key={attribution.join('|')} compact={false} customAttribution={attribution} />
    </Map>
  );
}
