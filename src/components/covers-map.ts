/**
 * Marks an element that lies over the map (the side panel, the phone's bottom sheet): the map frames
 * what it shows in the part such elements leave free (src/map/covered-insets.ts).
 */
export const COVERS_MAP_ATTRIBUTE = 'data-covers-map';

/** Spread onto the covering element: `<aside {...COVERS_MAP}>`. */
export const COVERS_MAP = { [COVERS_MAP_ATTRIBUTE]: '' } as const;
