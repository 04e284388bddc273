import { z } from 'zod';
import { dataset } from './schema.ts';

/** The JSON Schema a curator reads (data/dataset.schema.json), generated from the zod schema. */
export function datasetJsonSchemaText(): string {
  const schema = z.toJSONSchema(dataset, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'dataset.schema.json',
      title: 'Tariffs & sanctions dashboard dataset',
      description:
        'Generated from app/data/schema.ts by `npm run schema:write`; do not edit by hand. Every record carries verbatim evidence.',
    },
    null,
    2,
  )}\n`;
}
