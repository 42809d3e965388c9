import type { LayerSpecification } from 'maplibre-gl';
import { HOME_COLOR, STATUS_STYLES } from '../components/status-style';
import { RELATION_STATUSES } from '../data/vocabulary';
import { LABEL_FONT, type BasemapColors } from './basemap-style';

export const PLACES_SOURCE = 'places';
export const RELATIONS_SOURCE = 'relations';
export const PLACE_HIT_LAYER = 'place-hit';
export const PLACE_ICON_LAYER = 'place-icons';

type Layer<T extends LayerSpecification['type']> = Extract<LayerSpecification, { type: T }>;
type SourcedLayer<T extends LayerSpecification['type']> = Omit<Layer<T>, 'source'>;

/** ['match', ['get', key], status1, value1, …, fallback] over all statuses. */
function byStatus<T>(key: string, value: (status: (typeof RELATION_STATUSES)[number]) => T, fallback: T) {
  return ['match', ['get', key], ...RELATION_STATUSES.flatMap((status) => [status, value(status)]), fallback];
}

const isSelected = ['boolean', ['feature-state', 'selected'], false];
const isHovered = ['boolean', ['feature-state', 'hover'], false];

export const relationLineLayer: SourcedLayer<'line'> = {
  id: 'relation-lines',
  type: 'line',
  layout: { 'line-cap': 'butt', 'line-join': 'round' },
  paint: {
    'line-color': byStatus('status', (status) => STATUS_STYLES[status].color, HOME_COLOR) as never,
    'line-dasharray': byStatus('status', (status) => ['literal', STATUS_STYLES[status].dash], [
      'literal',
      [1],
    ]) as never,
    'line-width': ['case', isSelected, 4, isHovered, 3, 1.6] as never,
    'line-opacity': ['case', isSelected, 1, 0.85] as never,
  },
};

export const placeHaloLayer: SourcedLayer<'circle'> = {
  id: 'place-halo',
  type: 'circle',
  paint: {
    'circle-radius': 13,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-width': ['case', isSelected, 3, isHovered, 2, 0] as never,
    'circle-stroke-color': HOME_COLOR,
  },
};

/** Invisible and larger than the icon, so a finger can hit a city. */
export const placeHitLayer: SourcedLayer<'circle'> = {
  id: PLACE_HIT_LAYER,
  type: 'circle',
  paint: { 'circle-radius': 16, 'circle-color': '#000000', 'circle-opacity': 0.001 },
};

export const placeIconLayer: SourcedLayer<'symbol'> = {
  id: PLACE_ICON_LAYER,
  type: 'symbol',
  layout: {
    'icon-image': ['concat', 'marker-', ['get', 'role']] as never,
    'icon-size': ['case', ['==', ['get', 'role'], 'home'], 1.1, 0.75] as never,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    'symbol-sort-key': ['get', 'rank'] as never,
  },
};

export function placeLabelLayer(colors: BasemapColors): SourcedLayer<'symbol'> {
  return {
    id: 'place-labels',
    type: 'symbol',
    layout: {
      'text-field': ['get', 'name'] as never,
      'text-font': [LABEL_FONT],
      'text-size': ['case', ['==', ['get', 'role'], 'home'], 15, 13] as never,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
      'symbol-sort-key': ['-', 0, ['get', 'rank']] as never,
    },
    paint: { 'text-color': colors.label, 'text-halo-color': colors.labelHalo, 'text-halo-width': 1.6 },
  };
}
