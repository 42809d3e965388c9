import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/dataset';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import type { Relation } from '../../src/data/schema';

/** A dataset shipped in public/data/, validated as the app validates it; throws with every problem. */
export function loadShippedDataset(file: string): Dataset {
  const result = parseDatasetText(readFileSync(`public/data/${file}`, 'utf8'));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.record} ${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
}

/** The dataset's relation to the place `id`; throws if there is none. */
export function relationTo(dataset: Dataset, id: string): Relation {
  const relation = dataset.relations.find((r) => r.to === id);
  if (!relation) throw new Error(`no relation to ${id}`);
  return relation;
}
