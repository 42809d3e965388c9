import type { DatasetMetadata, Place, Position, Relation, Source } from './schema';

/** A place as the app uses it: its properties plus its coordinates, if it has any. */
export interface PlaceEntry extends Place {
  coordinates?: Position;
}

/** A validated dataset, indexed for the app. Built once per load; never mutated. */
export interface Dataset {
  metadata: DatasetMetadata;
  sources: Readonly<Record<string, Source>>;
  places: ReadonlyMap<string, PlaceEntry>;
  relations: readonly Relation[];
}
