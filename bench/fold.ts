import { performance } from 'node:perf_hooks';
import { changesBetween } from '../src/data/changes-between';
import type { Dataset, PlaceEntry } from '../src/data/dataset';
import { facetCounts, filterRows, NO_FILTERS } from '../src/data/filters';
import { isMappable, relationRows } from '../src/data/relation-rows';
import type { Relation, RelationEvent } from '../src/data/schema';
import { RELATION_STATUSES, RELATION_TYPES } from '../src/data/vocabulary';

/** A synthetic national dataset: `places` places, each with one relation of `events` dated events. */
function syntheticDataset(places: number, events: number): Dataset {
  const map = new Map<string, PlaceEntry>();
  const home: PlaceEntry = {
    featureType: 'place',
    id: 'home',
    kind: 'city',
    names: { de: 'Heim', en: 'Home' },
    coordinates: [12, 51],
  };
  map.set(home.id, home);
  const relations: Relation[] = [];
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < places; i++) {
    const id = `place-${i}`;
    map.set(id, {
      featureType: 'place',
      id,
      kind: 'city',
      names: { de: id, en: id },
      country: 'UA',
      coordinates: [random() * 60, 40 + random() * 20],
    });
    const history: RelationEvent[] = [];
    // Valid histories only: dates never go back (the validator rejects anything else).
    let day = Date.UTC(1950 + Math.floor(random() * 40), 0, 1);
    for (let e = 0; e < events; e++) {
      day += Math.floor(random() * 700) * 86_400_000;
      const iso = new Date(Math.min(day, Date.UTC(2025, 11, 31))).toISOString();
      // A year-precision start, then days: partial dates compare by their first day.
      const date = e === 0 ? iso.slice(0, 4) : iso.slice(0, 10);
      history.push({
        date,
        title: { de: 't', en: 't' },
        sources: ['s'],
        certainty: 'verified',
        status:
          e === 0 || random() < 0.3
            ? RELATION_STATUSES[Math.floor(random() * RELATION_STATUSES.length)]
            : undefined,
        type: e === 0 ? RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)] : undefined,
      });
    }
    relations.push({
      featureType: 'relation',
      id: `r-${i}`,
      from: 'home',
      to: id,
      summary: { de: 's', en: 's' },
      events: history,
    });
  }
  return {
    metadata: {
      id: 'x',
      title: { de: 'x', en: 'x' },
      homePlaceIds: ['home'],
      updated: '2025',
      license: 'x',
      attribution: 'x',
    },
    sources: { s: { title: 's', publisher: 'p' } },
    places: map,
    relations,
  };
}

function median(run: () => void, times = 30): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] ?? NaN;
}

/** What one slider move costs on the main thread: fold every relation at a date, filter and count. */
export function foldBenchmark(places = 10_000, events = 20): void {
  const dataset = syntheticDataset(places, events);
  relationRows(dataset, '2000-01-01'); // first fold parses every date once
  let year = 1950;
  const slider = median(() => {
    year = year >= 2025 ? 1950 : year + 1;
    // What the page derives on a date change (see src/app/use-view-data.ts).
    const rows = relationRows(dataset, `${year}-12-31`).filter(isMappable);
    const shown = filterRows(rows, NO_FILTERS);
    for (const facet of ['status', 'type', 'country'] as const) facetCounts(rows, NO_FILTERS, facet);
    facetCounts(shown, NO_FILTERS, 'status');
  });
  const rows = relationRows(dataset, '2000-12-31');
  const foldOnly = median(() => relationRows(dataset, '2001-12-31'));
  const filterOnly = median(() => filterRows(rows, NO_FILTERS));
  const countOnly = median(() => facetCounts(rows, NO_FILTERS, 'status'));
  console.log(
    `  of which fold ${foldOnly.toFixed(1)} ms, filter ${filterOnly.toFixed(1)} ms, one facet count ${countOnly.toFixed(1)} ms`,
  );
  const compare = median(() => changesBetween(dataset, '2000-01-01', '2025-01-01'), 10);
  console.log(
    `fold ${places} places × ${events} events: slider step (fold, filter, 4 counts) median ${slider.toFixed(1)} ms; what-changed ${compare.toFixed(1)} ms`,
  );
}
