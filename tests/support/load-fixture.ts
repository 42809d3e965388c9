import type { Dataset } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/validate-dataset';
import { fixtureDataset } from './fixtures';

export function loadFixture(): Dataset {
  const result = validateDataset(fixtureDataset());
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}
