import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../data/json-schema';

/** Writes public/data/schema.json from the zod schema; a test keeps the committed file in step. */
const target = new URL('../../public/data/schema.json', import.meta.url);
writeFileSync(target, datasetJsonSchemaText());
console.log(`wrote ${target.pathname}`);
