import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { drawMarker, markerRole } from './marker-images';

/**
 * Draws the status symbols when a layer first asks for them. Installed during the first
 * render, before the sibling <Source>/<Layer> elements add their layers, so no request is
 * missed; the resolver also serves later style changes (themes).
 */
export function MarkerImages() {
  const { current } = useMap();
  useState(() => {
    const map = current?.getMap();
    map?.setMissingStyleImageResolver((id) => {
      const role = markerRole(id);
      if (role && !map.hasImage(id)) map.addImage(id, drawMarker(role), { pixelRatio: 2 });
    });
    return true;
  });
  return null;
}
