// @ts-check
/**
 * TypeDoc plugin: the site documents the packages from one TypeScript
 * program (so that a type the SDK re-exports or returns is the schemas' own
 * page, not a copy), and each entry point reads as its package — named
 * `@thidua/sdk`, with the package's README as its page — as it would with
 * TypeDoc's `packages` strategy, which converts each package on its own.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Converter, MinimalSourceFile, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.getDeclarations()?.[0]?.getSourceFile().fileName;
    const root = file && packageRoot(file);
    if (!root) return;
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    reflection.name = manifest.name;
    const readme = join(root, 'README.md');
    if (existsSync(readme)) {
      reflection.readme = app.converter.parseRawComment(new MinimalSourceFile(readFileSync(readme, 'utf8'), readme), context.project.files).content;
    }
  });
}

/** @param {string} file */
function packageRoot(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return undefined;
}
