import { z } from 'zod';
import { datasetSchema } from './schema';

export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(
    { ...schema, title: 'City Relations Map dataset', $id: 'schema.json' },
    null,
    2,
  )}\n`;
}
