import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { drawMarker, parseMarkerId } from './marker-images';

/**
 * Draws the status symbols when a layer first asks for them. Installed during the first
 * render, before the sibling <Source>/<Layer> elements add their layers, so no request is
 * missed; the resolver also serves later style and theme changes.
 */
export function MarkerImageLoader() {
  const { current } = useMap();
  useState(() => {
    const map = current?.getMap();
    map?.setMissingStyleImageResolver((id) => {
      const marker = parseMarkerId(id);
      if (marker && !map.hasImage(id))
        map.addImage(id, drawMarker(marker.theme, marker.role), { pixelRatio: 2 });
    });
    return true;
  });
  return null;
}
