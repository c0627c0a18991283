import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as logic from '../src/logic.js';
import * as schemas from '../src/index.js';

/*
 * The module graph of src/: the zod-free entry (`@thidua/schemas/logic`, what
 * the elements import at run time) reaches no module that imports zod, and
 * no two modules import each other, even for types only — a cycle through
 * common.ts is how the ranking table once carried zod into its first paint.
 */

const dir = new URL('../src/', import.meta.url);
const sources = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\.ts$/, '.js'), readFileSync(new URL(f, dir), 'utf8')]),
);

interface Edge {
  to: string;
  typeOnly: boolean;
}

function importsOf(file: string): Edge[] {
  const code = sources.get(file) ?? '';
  const edges: Edge[] = [];
  for (const m of code.matchAll(/^(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'([^']+)'/gm)) {
    const [, , typeKeyword, clause = '', specifier = ''] = m;
    // `import { type A, type B }` carries no run-time import either.
    const names = clause.replace(/^\{|\}$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
    const typeOnly = Boolean(typeKeyword) || (clause.startsWith('{') && names.length > 0 && names.every((n) => n.startsWith('type ')));
    edges.push({ to: specifier.startsWith('./') ? specifier.slice(2) : specifier, typeOnly });
  }
  return edges;
}

describe('module graph of @thidua/schemas', () => {
  it('the logic entry loads no zod at run time', () => {
    const seen = new Set<string>();
    const zodFrom: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const edge of importsOf(file)) {
        if (edge.typeOnly) continue;
        if (edge.to.startsWith('zod')) zodFrom.push(file);
        else if (sources.has(edge.to)) visit(edge.to);
      }
    };
    visit('logic.js');
    assert.deepEqual(zodFrom, []);
    assert.ok(seen.has('text.js') && seen.has('search.js') && seen.has('ranking-sort.js'));
  });

  it('has no import cycle, counting type-only imports', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      for (const edge of importsOf(file)) if (sources.has(edge.to)) visit(edge.to, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of sources.keys()) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  it('exports everything of the logic entry from the main entry too', () => {
    const missing = Object.keys(logic).filter((name) => !(name in schemas));
    assert.deepEqual(missing, []);
    assert.equal(schemas.localize, logic.localize);
  });
});
