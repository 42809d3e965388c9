import type { Position } from '../data/schema';

const RAD = Math.PI / 180;

function toVector([lon, lat]: Position): [number, number, number] {
  const phi = lat * RAD;
  const lambda = lon * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/**
 * Points along the great circle from `from` to `to`. Longitudes are unwrapped (they may
 * pass ±180) so MapLibre draws the short way across the antimeridian instead of round the world.
 */
export function greatCircle(from: Position, to: Position, segments = 64): Position[] {
  const a = toVector(from);
  const b = toVector(to);
  const dot = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
  const omega = Math.acos(dot);
  if (omega < 1e-9) return [from, to];
  const points: Position[] = [];
  let previousLon = from[0];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const wa = Math.sin((1 - t) * omega) / Math.sin(omega);
    const wb = Math.sin(t * omega) / Math.sin(omega);
    const x = wa * a[0] + wb * b[0];
    const y = wa * a[1] + wb * b[1];
    const z = wa * a[2] + wb * b[2];
    const lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
    let lon = Math.atan2(y, x) / RAD;
    while (lon - previousLon > 180) lon -= 360;
    while (lon - previousLon < -180) lon += 360;
    previousLon = lon;
    points.push([round(lon), round(lat)]);
  }
  return points;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Great-circle distance in kilometres (mean Earth radius 6,371 km). */
export function distanceKm(from: Position, to: Position): number {
  const a = toVector(from);
  const b = toVector(to);
  const dot = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
  return Math.acos(dot) * 6371;
}
