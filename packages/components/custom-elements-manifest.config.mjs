// The Custom Elements Manifest (dist/custom-elements.json), read from the elements' JSDoc by
// the analyzer with its Lit support, and what is made from it at the same build: JSX types
// (React 19, Preact), Vue 3 and Svelte types (dist/types/), and VS Code's custom data.
// Storybook's docs read the manifest too (stories/.storybook/preview.ts).
// `test/manifest.test.mjs` fails if an element's public property, attribute, event, part,
// slot or CSS property is missing from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** Each tag's module (`src/x/y.ts`), as its define call says. */
const moduleOfTag = new Map();
/** Per module: where each type name it may use in an event's type comes from (a package or one of our modules). */
const typeSources = new Map();

/**
 * The kit defines its elements with `KpiProgress.define('kpi-progress')` (see
 * `ThiduaElement.define`), which the analyzer does not know as it knows
 * `customElements.define()`: record the tag from that call, so it is written
 * once. Also notes where each module's type names come from, for the
 * framework types below.
 */
function thiduaDefinePlugin() {
  return {
    name: 'thidua-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) {
        const sources = new Map();
        for (const statement of node.statements) {
          if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
            const bindings = statement.importClause?.namedBindings;
            const from = statement.moduleSpecifier.text;
            const module = from.startsWith('.') ? posix.join(posix.dirname(moduleDoc.path), from).replace(/\.js$/, '.ts') : from;
            if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) sources.set(element.name.text, module);
          } else if ((ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
            sources.set(statement.name.text, moduleDoc.path);
          }
        }
        typeSources.set(moduleDoc.path, sources);
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: receiver, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(receiver) || !tag || !ts.isStringLiteral(tag)) return;
      moduleOfTag.set(tag.text, moduleDoc.path);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: receiver.text, module: moduleDoc.path } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The abstract bases (`ThiduaElement`) are not elements of their own: only classes with a tag are.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          // A global attribute the element observes (`lang`) is HTMLElement's own property.
          for (const attribute of declaration.attributes ?? []) if (!attribute.fieldName && ['lang', 'dir', 'title'].includes(attribute.name)) attribute.fieldName = attribute.name;
        }
      }
    },
  };
}

/** A module path of the manifest as an import from dist/types/. */
const fromTypes = (module) => (module.startsWith('src/') ? `../${module.slice(4).replace(/\.ts$/, '.js')}` : module);

/**
 * The framework types and editor data, made from a copy of the manifest in which
 * each type name of an event's detail is spelled as an `import("…")` type (the
 * generators import only the element classes), and, for Vue and Svelte, whose
 * generators take an event's type to be its detail's, unwrapped from `CustomEvent<…>`.
 * Each element's class is imported from its own module.
 */
function frameworkTypesPlugin() {
  const componentTypePath = (_name, tag) => fromTypes(moduleOfTag.get(tag));
  return {
    name: 'thidua-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const qualified = structuredClone(customElementsManifest);
      for (const module of qualified.modules) {
        const sources = typeSources.get(module.path) ?? new Map();
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type?.text) continue;
            event.type.text = event.type.text.replace(/(?<![.\w"'])([A-Z]\w*)\b/g, (name) =>
              sources.has(name) ? `import("${fromTypes(sources.get(name))}").${name}` : name,
            );
          }
        }
      }
      const detailOnly = structuredClone(qualified);
      for (const module of detailOnly.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) if (event.type?.text) event.type.text = event.type.text.replace(/^CustomEvent<([\s\S]+)>$/, '$1');
          // Read-only properties (`locale`) are not for a template to set.
          declaration.members = declaration.members?.filter((member) => !member.readonly);
        }
      }
      generateJsxTypes(qualified, { outdir: 'dist/types', fileName: 'jsx.d.ts', componentTypePath, stronglyTypedEvents: true });
      generateVuejsTypes(detailOnly, { outdir: 'dist/types', fileName: 'vue.d.ts', componentTypePath, hideLogs: true });
      fixVueTypes('dist/types/vue.d.ts', detailOnly);
      generateSvelteTypes(detailOnly, { outdir: 'dist/types', fileName: 'svelte.d.ts', componentTypePath, hideLogs: true });
      fixSvelteTypes('dist/types/svelte.d.ts');
      generateVsCodeCustomElementData(customElementsManifest, {
        outdir: 'dist',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        hideLogs: true,
      });
    },
  };
}

/**
 * Vue types a template's `@thidua-load="…"` by the component's `onThiduaLoad` prop (the
 * handler key Vue compiles it to, and turns back into the `thidua-load` listener); the
 * generator writes `"onthidua-load"`, which no template reaches, so the handlers were untyped.
 */
function fixVueTypes(file, manifest) {
  let text = readFileSync(file, 'utf8');
  const events = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? (d.events ?? []).map((e) => e.name) : [])));
  for (const name of events) {
    const key = `"on${name}"?:`;
    if (!text.includes(key)) throw new Error(`${file}: the Vue generator no longer writes ${key}`);
    const handler = `on${name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase())}?:`;
    text = text.replaceAll(key, handler);
  }
  writeFileSync(file, text);
}

/**
 * The Svelte generator writes a module (it imports the classes) whose `svelteHTML`
 * namespace is then that module's, not the global one Svelte's tools read; and its base
 * props name a global `JSX` that a Svelte project does not have. Each change is checked,
 * so that a new version of the generator that writes otherwise fails the build.
 */
function fixSvelteTypes(file) {
  let text = readFileSync(file, 'utf8');
  const replace = (from, to) => {
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${file}: the Svelte generator no longer writes ${from}`);
    text = changed;
  };
  replace('children?: JSX.Element;', 'children?: unknown;');
  replace('style?: JSX.CSSProperties;', 'style?: string;');
  replace(/^declare namespace svelteHTML \{([\s\S]*?)^\}/m, 'declare global {\n  namespace svelteHTML {$1  }\n}');
  writeFileSync(file, text);
}

/** Source paths (`src/x/y.ts`) as the published files' (`dist/x/y.js`), everywhere in the manifest. */
function publishedPathsPlugin() {
  const published = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = published(inner);
        else visit(inner);
      }
    }
  };
  return { name: 'thidua-published-paths', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest.modules) };
}

export default {
  globs: ['src/**/*.ts'],
  // cdn-entry.ts is the CDN build's entry for the provider, not a module of the npm package (tsconfig.build.json leaves it out too).
  exclude: ['src/**/*.test.ts', 'src/test-helpers.ts', 'src/appraisal-test-helpers.ts', 'src/provider/cdn-entry.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements").
  packagejson: false,
  plugins: [thiduaDefinePlugin(), frameworkTypesPlugin(), publishedPathsPlugin()],
};
