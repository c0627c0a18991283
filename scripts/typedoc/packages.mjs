// @ts-check
/**
 * TypeDoc plugin: the site documents the packages from one TypeScript
 * program (so that a type the SDK re-exports or returns is the schemas' own
 * page, not a copy), and each entry point reads as its package — named
 * `@thidua/sdk`, with the package's README as its page — as it would with
 * TypeDoc's `packages` strategy, which converts each package on its own. An
 * entry point of a subpath export (`@thidua/sdk/reader`) is named by it and
 * keeps its own module comment.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Application, Converter, MinimalSourceFile, ParameterType, ReflectionKind, makeRecursiveVisitor } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: 'packagesIntentionallyNotExported',
    help: 'Types of the documented packages a signature may use without an entry point exporting them, as `src/file.ts:Name` (TypeDoc\'s own `intentionallyNotExported` only applies to the root package).',
    type: ParameterType.Array,
    defaultValue: [],
  });
  /** @type {Set<string>} the packages whose entry points the site documents */
  const documented = new Set();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.getDeclarations()?.[0]?.getSourceFile().fileName;
    const root = file && packageRoot(file);
    if (!root) return;
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const subpath = exportOf(manifest, relative(root, file));
    reflection.name = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`;
    documented.add(manifest.name);
    const readme = join(root, 'README.md');
    if (subpath === '.' && existsSync(readme)) {
      reflection.readme = app.converter.parseRawComment(new MinimalSourceFile(readFileSync(readme, 'utf8'), /** @type {import('typedoc').NormalizedPath} */ (readme)), context.project.files).content;
    }
  });

  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    if (!app.options.getValue('validation').notExported) return;
    const intentional = /** @type {string[]} */ (app.options.getValue('packagesIntentionallyNotExported'));
    /** @type {Set<string>} */
    const used = new Set();
    /** @type {Set<string>} */
    const warned = new Set();
    /** @type {import('typedoc').Reflection | undefined} */
    let owner;
    const visitor = makeRecursiveVisitor({
      reference(type) {
        if (type.reflection || type.externalUrl || type.isIntentionallyBroken() || !type.package || !documented.has(type.package)) return;
        const where = `${type.symbolId?.packagePath}:${type.qualifiedName}`;
        const allowed = intentional.find((name) => where.endsWith(name));
        if (allowed) used.add(allowed);
        if (warned.has(where) || allowed) return;
        warned.add(where);
        app.logger.validationWarning(
          `${type.qualifiedName}, defined in ${type.package}/${type.symbolId?.packagePath}, is referenced by ${owner?.getFriendlyFullName()} but not included in the documentation`,
        );
      },
    });
    for (const reflection of Object.values(project.reflections)) {
      owner = reflection;
      const r = /** @type {any} */ (reflection);
      for (const type of [r.type, r.default, ...(r.extendedTypes ?? []), ...(r.implementedTypes ?? [])]) type?.visit?.(visitor);
    }
    const unused = intentional.filter((name) => !used.has(name));
    if (unused.length) app.logger.validationWarning(`packagesIntentionallyNotExported names what no documented signature uses (or what is exported): ${unused.join(', ')}`);
  });
}

/**
 * The export (`.`, `./reader`) whose types a source file of the package is: `src/x.ts` is `dist/x.d.ts`'s.
 * @param {{ exports?: Record<string, { types?: string } | string> }} manifest
 * @param {string} file relative to the package
 */
function exportOf(manifest, file) {
  const types = `./${file.replace(/\\/g, '/').replace(/^src\//, 'dist/').replace(/\.ts$/, '.d.ts')}`;
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) if (typeof target === 'object' && target.types === types) return subpath;
  return '.';
}

/** @param {string} file */
function packageRoot(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return undefined;
}
