import type { Dataset, PlaceEntry } from '../data/dataset';
import type { RelationRow } from '../data/relation-rows';
import { relationsOfPlace } from '../data/relation-rows';
import { HomeOverview } from '../panel/home-overview';
import { PlacePanel } from '../panel/place-panel';

export interface SelectedPanelProps {
  dataset: Dataset;
  place: PlaceEntry;
  homes: readonly PlaceEntry[];
  /** Every relation at the chosen date, unfiltered: the home overview counts them all. */
  allRows: readonly RelationRow[];
  at: string;
  timeTravel: boolean;
  onSelect: (placeId: string) => void;
  onClose: () => void;
}

/** A home city opens its overview; any other place its relations with their histories. */
export function SelectedPanel({
  dataset,
  place,
  homes,
  allRows,
  at,
  timeTravel,
  onSelect,
  onClose,
}: SelectedPanelProps) {
  if (homes.some((home) => home.id === place.id)) {
    return (
      <HomeOverview
        home={place}
        rows={allRows.filter((row) => row.home.id === place.id)}
        onSelect={onSelect}
        onClose={onClose}
      />
    );
  }
  return (
    <PlacePanel
      key={place.id}
      dataset={dataset}
      place={place}
      relations={relationsOfPlace(dataset, place.id)}
      at={at}
      timeTravel={timeTravel}
      onClose={onClose}
    />
  );
}
