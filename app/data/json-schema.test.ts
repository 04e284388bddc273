import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from './json-schema.ts';

describe('data/dataset.schema.json', () => {
  it('matches the zod schema (run `npm run schema:write` after changing app/data/schema.ts)', () => {
    const onDisk = readFileSync(resolve(import.meta.dirname, '../../data/dataset.schema.json'), 'utf8');
    expect(onDisk).toBe(datasetJsonSchemaText());
  });
});
