import { Map as MaplibreMap, setWorkerUrl, type FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { controlValues, dataUrl, readDataset, showPanel } from '../shared/bench-data';
import '../shared/page.css';

/**
 * The floor: a bare MapLibre page, no framework. Natural Earth 50m countries as one file,
 * converted here; the same places and lines as plain circle and line layers. Fixed: it does
 * not follow the app, so the app's figures can be read against it over time.
 */
setWorkerUrl(workerUrl);
const container = document.querySelector<HTMLElement>('#map');
if (!container) throw new Error('no #map');
const map = new MaplibreMap({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'water', type: 'background', paint: { 'background-color': '#d6e4ee' } }],
  },
  bounds: [
    [-10, 30],
    [58, 62],
  ],
  fitBoundsOptions: { padding: 10 },
});
Object.defineProperty(container, 'maplibreMap', { value: map });

const [topology, dataset] = await Promise.all([
  fetch('../countries-50m.json').then(
    (response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>,
  ),
  fetch(dataUrl()).then((response) => response.json() as Promise<Parameters<typeof readDataset>[0]>),
]);
const { cities, lines } = readDataset(dataset);
const names = new Map(cities.map((city) => [city.id, city.name]));
if (!map.loaded()) await map.once('load');
map.addSource('countries', { type: 'geojson', data: feature(topology, topology.objects.countries) });
map.addLayer({
  id: 'land',
  type: 'fill',
  source: 'countries',
  paint: { 'fill-color': '#f5f3ee', 'fill-outline-color': '#b9b4a8' },
});
map.addSource('lines', {
  type: 'geojson',
  data: {
    type: 'FeatureCollection',
    features: lines.map((line) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: line.coordinates },
      properties: { status: line.status, start: line.start },
    })),
  },
});
map.addLayer({
  id: 'lines',
  type: 'line',
  source: 'lines',
  paint: { 'line-color': '#1b7a3e', 'line-width': 1.5 },
});
map.addSource('cities', {
  type: 'geojson',
  data: {
    type: 'FeatureCollection',
    features: cities.map((city) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [city.lng, city.lat] },
      properties: { id: city.id },
    })),
  },
});
map.addLayer({
  id: 'cities',
  type: 'circle',
  source: 'cities',
  paint: {
    'circle-radius': 5,
    'circle-color': '#1b7a3e',
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1,
  },
});
map.once('idle', () => (document.documentElement.dataset.benchDrawn = 'true'));

map.on('click', 'cities', (event) => {
  const id: unknown = event.features?.[0]?.properties.id;
  if (typeof id === 'string') showPanel(names.get(id) ?? id);
});
function applyControls(): void {
  const { hideEnded, year } = controlValues();
  const filter: FilterSpecification = [
    'all',
    ['<=', ['get', 'start'], year],
    hideEnded ? ['!=', ['get', 'status'], 'ended'] : true,
  ];
  map.setFilter('lines', filter);
}
document.querySelector('#hide-ended')?.addEventListener('change', applyControls);
document.querySelector('#year')?.addEventListener('input', applyControls);
