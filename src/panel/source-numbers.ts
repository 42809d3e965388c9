import type { PlaceEntry } from '../data/dataset';
import type { Relation } from '../data/schema';

/** Source ids in order of first citation (population, then events and their disputes), numbered from 1. */
export function numberSources(place: PlaceEntry, relations: readonly Relation[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const cite = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  };
  place.population?.sources.forEach(cite);
  for (const relation of relations) {
    for (const event of relation.events) {
      event.sources.forEach(cite);
      event.dispute?.sources.forEach(cite);
    }
  }
  return numbers;
}
