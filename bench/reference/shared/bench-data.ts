/**
 * The reference pages' whole understanding of our dataset file, kept minimal on purpose:
 * every place with coordinates, and every relation as a straight line with the status of
 * its last status event and the year of its first event. No validation, no framework.
 */
export interface ReferenceCity {
  id: string;
  name: string;
  lng: number;
  lat: number;
}

export interface ReferenceLine {
  id: string;
  place: string;
  status: string;
  start: number;
  coordinates: [number, number][];
}

interface RawFeature {
  geometry: { coordinates: unknown } | null;
  properties: {
    featureType: string;
    id: string;
    names?: { en: string };
    to?: string;
    events?: { date: string; status?: string }[];
  };
}

export function readDataset(raw: { features: RawFeature[] }): {
  cities: ReferenceCity[];
  lines: ReferenceLine[];
} {
  const cities: ReferenceCity[] = [];
  const lines: ReferenceLine[] = [];
  for (const { geometry, properties } of raw.features) {
    if (!geometry) continue;
    if (properties.featureType === 'place') {
      const [lng, lat] = geometry.coordinates as [number, number];
      cities.push({ id: properties.id, name: properties.names?.en ?? properties.id, lng, lat });
    } else {
      const events = properties.events ?? [];
      const status = events.reduce((last, event) => event.status ?? last, 'active');
      lines.push({
        id: properties.id,
        place: properties.to ?? '',
        status,
        start: Number(events[0]?.date.slice(0, 4) ?? 0),
        coordinates: geometry.coordinates as [number, number][],
      });
    }
  }
  return { cities, lines };
}

/** Which dataset to draw: `?data=` (a same-origin path) or the app's shipped one. */
export function dataUrl(): string {
  return new URLSearchParams(window.location.search).get('data') ?? '/data/leipzig.geojson';
}

/** Minimal controls the benchmark drives in every page: a status toggle and a year slider. */
export function controlValues(): { hideEnded: boolean; year: number } {
  const toggle = document.querySelector<HTMLInputElement>('#hide-ended');
  const year = document.querySelector<HTMLInputElement>('#year');
  return { hideEnded: toggle?.checked ?? false, year: Number(year?.value ?? 2100) };
}

export function showPanel(name: string): void {
  const panel = document.querySelector('#panel');
  if (panel) panel.textContent = name;
}
