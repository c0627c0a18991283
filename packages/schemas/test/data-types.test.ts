import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as schemas from '../src/index.js';
import { HtmlDocument, OpenApiDocumentSchema, operations, type Operation } from '../src/index.js';

// Every data type the API answers or takes is a schema and, under the same name, its type:
// `export interface X extends z.infer<typeof X> {}` for an object (so it is an interface in
// editors and in the docs, and cannot drift from the schema), `export type X = z.infer<typeof X>`
// for a union or a scalar. An inline schema in the contract has no name to document or import.

const sources = readdirSync(new URL('../src/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8'))
  .join('\n');

const names = new Map<unknown, string>();
for (const [name, value] of Object.entries(schemas)) {
  if (value && typeof value === 'object' && '_zod' in value && !names.has(value)) names.set(value, name);
}

/** The schemas of what operations answer and take as data (not bytes, not printouts). */
function dataSchemas(): [string, { _zod: { def: { type: string } } }][] {
  const found: [string, { _zod: { def: { type: string } } }][] = [];
  for (const [id, operation] of Object.entries(operations) as [string, Operation][]) {
    for (const part of ['response', 'body', 'form'] as const) {
      const schema = operation[part] as { _zod: { def: { type: string } } } | undefined;
      if (!schema || schema._zod.def.type === 'file' || schema === HtmlDocument || schema === OpenApiDocumentSchema) continue;
      found.push([`${id}.${part}`, schema]);
    }
  }
  return found;
}

describe('the data types of the contract', () => {
  it('finds the responses, bodies and forms of the operations', () => {
    assert.ok(dataSchemas().length >= 60, `only ${dataSchemas().length}`);
  });

  for (const [where, schema] of dataSchemas()) {
    it(`${where} is a named data type`, () => {
      const name = names.get(schema);
      assert.ok(name, `${where}: its schema is not exported under a name`);
      const declaration =
        schema._zod.def.type === 'object'
          ? `export interface ${name} extends z.infer<typeof ${name}> {}`
          : `export type ${name} = z.infer<typeof ${name}>;`;
      assert.ok(sources.includes(declaration), `${where}: no \`${declaration}\` beside the schema ${name}`);
    });
  }
});
