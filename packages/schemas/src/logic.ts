/*
 * `@thidua/schemas/logic`: the pure domain logic and text helpers without
 * zod — ranking, sorting, search, number parsing, CSV, progress, final
 * results, which indicators a unit reports, target wording, nomination rules,
 * the proposal workflow, working-day deadlines, the proposed list's order. Elements
 * import their runtime functions from here: bundlers (esbuild in
 * particular, when it splits code) otherwise keep the zod schemas that the
 * main entry re-exports in a chunk loaded before the first paint. Everything
 * here is also exported by `@thidua/schemas`; a test checks that no module
 * reachable from this one imports zod and that there is no import cycle.
 */
export * from './text.js';
export * from './search.js';
export * from './measure.js';
export * from './csv.js';
export * from './score.js';
export * from './groups.js';
export * from './ranking-logic.js';
export * from './ranking-sort.js';
export * from './progress.js';
export * from './status.js';
export * from './campaign-result.js';
export * from './assessment.js';
export * from './applicability.js';
export * from './target-wording.js';
export * from './nomination-rules.js';
export * from './evidence.js';
export * from './proposal-workflow.js';
export * from './deadlines.js';
export * from './proposed-list.js';
export * from './spreadsheet.js';
export * from './photo.js';
