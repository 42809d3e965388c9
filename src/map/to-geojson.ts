import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { placeName } from '../data/localize';
import type { PlaceEntry } from '../data/dataset';
import { isMappable, type RelationRow } from '../data/relation-rows';
import type { Position } from '../data/schema';
import type { RelationStatus } from '../data/vocabulary';
import { greatCircle } from './great-circle';

export interface PlacePointProperties {
  id: string;
  name: string;
  /** 'home' for home cities, else the relation's status. */
  role: RelationStatus | 'home';
  /** Draw order: home cities on top. */
  rank: number;
}

export interface RelationLineProperties {
  /** The relation's id. */
  id: string;
  /** The place at the far end, which selection and hover refer to. */
  place: string;
  status: RelationStatus;
}

/** Points for the home cities and the other end of every shown relation. */
export function placePoints(
  rows: readonly RelationRow[],
  homes: readonly PlaceEntry[],
  language: string,
): FeatureCollection<Point, PlacePointProperties> {
  const features = new Map<string, Feature<Point, PlacePointProperties>>();
  const add = (place: PlaceEntry, role: PlacePointProperties['role']) => {
    if (!place.coordinates || features.has(place.id)) return;
    features.set(place.id, {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...place.coordinates] },
      properties: {
        id: place.id,
        name: placeName(place.names, language),
        role,
        rank: role === 'home' ? 1 : 0,
      },
    });
  };
  homes.forEach((home) => add(home, 'home'));
  rows.filter(isMappable).forEach((row) => add(row.place, row.state.status));
  return { type: 'FeatureCollection', features: [...features.values()] };
}

/** More lines than this are an unreadable mass at world zoom, and cost seconds to draw in software. */
export const READABLE_LINE_LIMIT = 1500;

/**
 * The rows whose lines stay readable: all of them up to the limit (a filtered set, a city's
 * dataset); beyond it only the selected place's, so the selection is never lost in a starburst.
 */
export function readableRows(
  rows: readonly RelationRow[],
  selectedId: string | undefined,
  limit = READABLE_LINE_LIMIT,
): readonly RelationRow[] {
  if (rows.length <= limit) return rows;
  if (!selectedId) return [];
  return rows.filter((row) => row.place.id === selectedId || row.home.id === selectedId);
}

// A relation's ends never move, so its great circle is computed once, not on every date or filter change.
const lineCache = new WeakMap<RelationRow['relation'], Position[]>();

function lineOf(row: RelationRow, home: Position, place: Position): Position[] {
  let line = lineCache.get(row.relation);
  if (!line) {
    line = greatCircle(home, place);
    lineCache.set(row.relation, line);
  }
  return line;
}

/** One great-circle line per shown relation. */
export function relationLines(
  rows: readonly RelationRow[],
): FeatureCollection<LineString, RelationLineProperties> {
  return {
    type: 'FeatureCollection',
    features: rows.flatMap((row) =>
      row.home.coordinates && row.place.coordinates
        ? [
            {
              type: 'Feature' as const,
              geometry: {
                type: 'LineString' as const,
                coordinates: lineOf(row, row.home.coordinates, row.place.coordinates),
              },
              properties: { id: row.relation.id, place: row.place.id, status: row.state.status },
            },
          ]
        : [],
    ),
  };
}
