/**
 * The map library, the page's largest download, as its own chunk. The page starts this request
 * at startup, alongside config and data, so the map chunk's own import of it finds it on its way.
 */
export const loadMapLibrary = () => import('maplibre-gl');
