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

// A place's point depends only on the place, its role and the language, so each is built once
// and reused: a slider step or filter change then collects features instead of creating 10,000.
const pointCache = new WeakMap<PlaceEntry, Map<string, Feature<Point, PlacePointProperties>>>();

function pointOf(
  place: PlaceEntry,
  coordinates: Position,
  role: PlacePointProperties['role'],
  language: string,
): Feature<Point, PlacePointProperties> {
  let byKey = pointCache.get(place);
  if (!byKey) {
    byKey = new Map();
    pointCache.set(place, byKey);
  }
  const key = `${role}|${language}`;
  let point = byKey.get(key);
  if (!point) {
    point = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...coordinates] },
      properties: {
        id: place.id,
        name: placeName(place.names, language),
        role,
        rank: role === 'home' ? 1 : 0,
      },
    };
    byKey.set(key, point);
  }
  return point;
}

/** Points for the home cities and the other end of every shown relation. */
export function placePoints(
  rows: readonly RelationRow[],
  homes: readonly PlaceEntry[],
  language: string,
): FeatureCollection<Point, PlacePointProperties> {
  const features = new Map<string, Feature<Point, PlacePointProperties>>();
  const add = (place: PlaceEntry, role: PlacePointProperties['role']) => {
    const { coordinates } = place;
    if (!coordinates || features.has(place.id)) return;
    features.set(place.id, pointOf(place, coordinates, role, language));
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
