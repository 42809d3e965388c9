import type { Dataset } from './dataset';

export function summarizeDataset(dataset: Dataset): string {
  const events = dataset.relations.reduce((sum, relation) => sum + relation.events.length, 0);
  return [
    `${dataset.places.size} places`,
    `${dataset.relations.length} relations`,
    `${events} events`,
    `${Object.keys(dataset.sources).length} sources`,
    `home: ${dataset.metadata.homePlaceIds.join(', ')}`,
    `updated ${dataset.metadata.updated}`,
  ].join(', ');
}
