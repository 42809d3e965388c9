import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { controlValues, dataUrl, readDataset, showPanel, type ReferenceLine } from '../shared/bench-data';
import '../shared/page.css';

/**
 * The common alternative: Leaflet as most embeddable map tools use it, one DOM marker and one
 * polyline per city, over the same Natural Earth 50m countries (canvas-rendered, no tiles).
 */
const container = document.querySelector<HTMLElement>('#map');
if (!container) throw new Error('no #map');
const map = L.map(container, { zoomSnap: 0 }).fitBounds(
  [
    [30, -10],
    [62, 58],
  ],
  { padding: [10, 10] },
);
Object.defineProperty(container, 'leafletMap', { value: map });
container.style.background = '#d6e4ee';

const [topology, dataset] = await Promise.all([
  fetch('../countries-50m.json').then(
    (response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>,
  ),
  fetch(dataUrl()).then((response) => response.json() as Promise<Parameters<typeof readDataset>[0]>),
]);
const { cities, lines } = readDataset(dataset);
const canvas = L.canvas();
L.geoJSON(feature(topology, topology.objects.countries), {
  style: () => ({ renderer: canvas, color: '#b9b4a8', weight: 0.5, fillColor: '#f5f3ee', fillOpacity: 1 }),
  interactive: false,
}).addTo(map);
const icon = L.divIcon({
  className: 'city-marker',
  html: '<span style="display:block;width:10px;height:10px;border-radius:50%;background:#1b7a3e;border:1px solid #fff"></span>',
  iconSize: [12, 12],
});
for (const city of cities) {
  L.marker([city.lat, city.lng], { icon, title: city.name })
    .on('click', () => showPanel(city.name))
    .addTo(map);
}
const polylines = lines.map((line) => ({
  line,
  layer: L.polyline(
    line.coordinates.map(([lng, lat]) => [lat, lng] as [number, number]),
    { color: '#1b7a3e', weight: 1.5, interactive: false },
  ).addTo(map),
}));
requestAnimationFrame(() =>
  requestAnimationFrame(() => (document.documentElement.dataset.benchDrawn = 'true')),
);

function visible(line: ReferenceLine, hideEnded: boolean, year: number): boolean {
  return line.start <= year && !(hideEnded && line.status === 'ended');
}
function applyControls(): void {
  const { hideEnded, year } = controlValues();
  for (const { line, layer } of polylines) {
    const show = visible(line, hideEnded, year);
    if (show && !map.hasLayer(layer)) layer.addTo(map);
    if (!show && map.hasLayer(layer)) layer.remove();
  }
}
document.querySelector('#hide-ended')?.addEventListener('change', applyControls);
document.querySelector('#year')?.addEventListener('input', applyControls);
