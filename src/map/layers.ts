import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { STATUS_COLORS, STATUS_STYLES, type ResolvedTheme } from '../components/status-style';
import { RELATION_STATUSES, type RelationStatus } from '../data/vocabulary';
import { LABEL_FONT, type BasemapColors } from './basemap-style';
import { HOME_ICON_SCALE, HOME_LABEL_OFFSET_EM, LABEL_OFFSET_EM, PLACE_ICON_SCALE } from './marker-size';

export const PLACES_SOURCE = 'places';
export const RELATIONS_SOURCE = 'relations';
export const PLACE_HIT_LAYER = 'place-hit';
const PLACE_ICON_LAYER = 'place-icons';
const PLACE_LABEL_LAYER = 'place-labels';

type Layer<T extends LayerSpecification['type']> = Extract<LayerSpecification, { type: T }>;
type SourcedLayer<T extends LayerSpecification['type']> = Omit<Layer<T>, 'source'>;

/** ['match', ['get', key], status1, value1, …, fallback] over all statuses. */
function byStatus(
  key: string,
  value: (status: RelationStatus) => string | ExpressionSpecification,
  fallback: string | ExpressionSpecification,
): ExpressionSpecification {
  const pairs = RELATION_STATUSES.flatMap((status) => [status, value(status)]);
  // TypeScript cannot follow a match expression built from a list; its shape is tested.
  return ['match', ['get', key], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isFocused: ExpressionSpecification = ['boolean', ['feature-state', 'focused'], false];
const isHome: ExpressionSpecification = ['==', ['get', 'role'], 'home'];

export function relationLineLayer(theme: ResolvedTheme): SourcedLayer<'line'> {
  return {
    id: 'relation-lines',
    type: 'line',
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: {
      'line-color': byStatus('status', (status) => STATUS_COLORS[theme][status], STATUS_COLORS[theme].home),
      'line-dasharray': byStatus('status', (status) => ['literal', STATUS_STYLES[status].dash], [
        'literal',
        [1],
      ]),
      'line-width': ['case', isSelected, 4, isHovered, 3, 1.6],
      'line-opacity': ['case', isSelected, 1, 0.85],
    },
  };
}

export function placeHaloLayer(theme: ResolvedTheme): SourcedLayer<'circle'> {
  return {
    id: 'place-halo',
    type: 'circle',
    paint: {
      'circle-radius': 13,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': ['case', isSelected, 3, isHovered, 2, 0],
      'circle-stroke-color': STATUS_COLORS[theme].home,
    },
  };
}

/** Invisible and larger than the icon, so a finger can hit a city. */
export const placeHitLayer: SourcedLayer<'circle'> = {
  id: PLACE_HIT_LAYER,
  type: 'circle',
  paint: { 'circle-radius': 16, 'circle-color': '#000000', 'circle-opacity': 0.001 },
};

/**
 * Markers are always drawn (they may overlap one another), and they take their place in the collision index, so
 * labels yield to them. MapLibre places symbol layers from the top down, so this layer must be added after (above)
 * the label layer; icons are then placed first and every label that would cover one is moved or left out.
 */
export function placeIconLayer(theme: ResolvedTheme): SourcedLayer<'symbol'> {
  return {
    id: PLACE_ICON_LAYER,
    type: 'symbol',
    layout: {
      'icon-image': ['concat', `marker-${theme}-`, ['get', 'role']],
      'icon-size': ['case', isHome, HOME_ICON_SCALE, PLACE_ICON_SCALE],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      // The collision box is the icon's square; the symbol already fills it.
      'icon-padding': 0,
      'symbol-sort-key': ['get', 'rank'],
    },
  };
}

/** More labels than this cost seconds of collision placement per camera move and cannot be read at once. */
export const READABLE_LABEL_LIMIT = 2000;

/** The zoom labels start at: past the limit from 5 on, where a screen holds few enough places to name. */
export function labelMinZoom(places: number): number {
  return places > READABLE_LABEL_LIMIT ? 5 : 0;
}

/**
 * Labels avoid markers and one another: each tries four sides of its place, and is left out if none is
 * free; see labelMinZoom for when they appear.
 */
export function placeLabelLayer(colors: BasemapColors, places = 0): SourcedLayer<'symbol'> {
  return {
    id: PLACE_LABEL_LAYER,
    type: 'symbol',
    minzoom: labelMinZoom(places),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['case', isHome, 15, 13],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': ['case', isHome, HOME_LABEL_OFFSET_EM, LABEL_OFFSET_EM],
      'text-justify': 'auto',
      'symbol-sort-key': ['-', 0, ['get', 'rank']],
    },
    paint: { 'text-color': colors.label, 'text-halo-color': colors.labelHalo, 'text-halo-width': 1.6 },
  };
}

/** The page's focus colour (base.css --focus) inside a contrasting edge, so it shows on land and sea. */
const FOCUS_RING: Record<ResolvedTheme, { ring: string; edge: string }> = {
  light: { ring: '#0b57a4', edge: '#ffffff' },
  dark: { ring: '#8cc4ff', edge: '#111111' },
};

/**
 * The keyboard focus: a thick ring, wider than the selection halo, so it does not rely on
 * colour. Two layers: the edge under the ring.
 */
export function placeFocusLayers(theme: ResolvedTheme): SourcedLayer<'circle'>[] {
  const ring = (id: string, width: number, color: string): SourcedLayer<'circle'> => ({
    id,
    type: 'circle',
    paint: {
      'circle-radius': 19,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': ['case', isFocused, width, 0],
      'circle-stroke-color': color,
    },
  });
  return [
    ring('place-focus-edge', 7, FOCUS_RING[theme].edge),
    ring('place-focus', 4, FOCUS_RING[theme].ring),
  ];
}
