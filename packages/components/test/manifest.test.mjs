// The Custom Elements Manifest (dist/custom-elements.json) against the elements themselves:
// what Storybook's docs, editors and the framework types (dist/types) show is all there is,
// and nothing more. The truth is taken from the built classes (Lit's property declarations,
// observed attributes) and from the sources (events dispatched, parts rendered, custom
// properties read), so an element that gains a public property, attribute, event, part, slot
// or CSS property without its JSDoc fails here. Runs on the built package: `pnpm build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));

// Lit's Node build brings a registry (its DOM shim): note every tag any entry defines, and its class.
await import('lit');
const defined = new Map();
const define = customElements.define.bind(customElements);
customElements.define = (tag, element, options) => {
  defined.set(tag, element);
  return define(tag, element, options);
};
// Every code entry (not the types-only framework entries, the JSON files or package.json).
for (const entry of Object.keys(pkg.exports).filter((key) => !key.includes('*') && pkg.exports[key].default)) {
  await import(entry === '.' ? pkg.name : pkg.name + entry.slice(1));
}

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, module: module.path })));
const elements = declarations.filter((declaration) => declaration.customElement);

/** The source file of a manifest module path (dist/x/y.js → src/x/y.ts). */
const sourceOf = (path) => join(root, path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts'));
/** A source without its comments (a documented example is not code). */
const code = (file) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The module and every module of ours it imports, statically or lazily. */
function graph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of code(file).matchAll(/(?:from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g)) visit(join(dirname(file), `${spec}.ts`));
  };
  visit(entry);
  return [...seen];
}

const tags = () => new Set(defined.keys());
const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
/**
 * Events a module dispatches: `new CustomEvent('name', …)`; in a module that dispatches a
 * name it was given (`new CustomEvent(event, …)`, as `ApiLoader` does), every kebab-case
 * string in it that is not a tag. `context-request` is the context protocol's question to a
 * `<thidua-provider>`, not an event of the element's.
 */
function eventsIn(file) {
  const text = code(file);
  const names = [...text.matchAll(/new (?:Custom)?Event\(\s*['"`]([^'"`]+)['"`]/g)].map(([, name]) => name);
  if (/new (?:Custom)?Event\(\s*[A-Za-z_$]/.test(text)) {
    names.push(...[...text.matchAll(/['"`]([a-z0-9-]+)['"`]/g)].map(([, name]) => name).filter((name) => kebab.test(name) && !tags().has(name)));
  }
  return names.filter((name) => name !== 'context-request');
}
/**
 * Parts a module renders: `part="a b"`, the names in `part=${cond ? 'a b' : 'a'}`, and the
 * names an inner element's parts are exported under (`exportparts="base:card, label:card-label"`).
 */
function partsIn(file) {
  const text = code(file);
  const lists = [...text.matchAll(/\bpart="([^"$]+)"/g)].map(([, list]) => list);
  for (const [, list] of text.matchAll(/\bexportparts="([^"$]+)"/g)) lists.push(...list.split(',').map((pair) => pair.split(':').at(-1)));
  for (const [, expression] of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) lists.push(...[...expression.matchAll(/['"`]([^'"`]+)['"`]/g)].map(([, list]) => list));
  return lists.flatMap((list) => list.trim().split(/\s+/));
}
/** Custom properties a style sheet's text reads, but the private ones (`--_x`). */
const cssPropertiesOf = (text) => [...text.matchAll(/var\(\s*(--[a-z0-9-]+)/g)].map(([, name]) => name).filter((name) => !name.startsWith('--_'));
/**
 * Custom properties a module reads as written. A module that writes a sheet's text from names
 * (`unsafeCSS(` and a template, as shared/element-theme.ts does from an element's prefix) is read
 * through the built styles instead: its source holds only pieces of names, and names an element
 * may not ask for.
 */
const cssPropertiesIn = (file) => (/unsafeCSS\(\s*`/.test(code(file)) ? [] : cssPropertiesOf(code(file)));
/**
 * Custom properties the built element's own styles read (`static styles`, finalized): those
 * a shared module writes out from the element's prefix (shared/element-theme.ts) are in no
 * source as written, only in the sheet the element adopts.
 */
const cssPropertiesStyled = (element) => {
  element.finalize();
  return cssPropertiesOf(element.elementStyles.map((style) => style.cssText ?? [...(style.cssRules ?? [])].map((rule) => rule.cssText).join('')).join('\n'));
};
/** Slots a module renders. */
const slotsIn = (file) => [...code(file).matchAll(/<slot(?:\s+name="([^"]+)")?[\s>]/g)].map(([, name]) => name ?? '');

/**
 * The files that make an element's own shadow DOM: its module's graph, but for other
 * elements' folders (`<kpi-board>` renders `<kpi-progress>` cards, whose parts are the cards').
 */
function ownFiles(element) {
  const file = sourceOf(element.module);
  const folder = dirname(file);
  return graph(file).filter((f) => dirname(f) === folder || relative(join(root, 'src'), f).startsWith('shared'));
}

const publicFields = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.privacy?.match(/private|protected/) && !member.name.startsWith('#'));

test('every element that an entry defines is in the manifest under its tag', () => {
  assert.ok(defined.size >= 4, `only ${[...defined.keys()]} defined`);
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [...defined.keys()].sort());
  for (const element of elements) {
    assert.equal(defined.get(element.tagName)?.name, element.name, `<${element.tagName}>`);
    assert.ok(element.summary && element.description, `<${element.tagName}> has no @summary or description`);
  }
});

for (const [tag, element] of defined) {
  test(`<${tag}>: every public property and attribute is in the manifest, with its description`, () => {
    const doc = elements.find((e) => e.tagName === tag);
    assert.ok(doc, `<${tag}> is not in the manifest`);
    element.finalize();
    const fields = new Map(publicFields(doc).map((field) => [field.name, field]));
    const attributes = new Map((doc.attributes ?? []).map((attribute) => [attribute.name, attribute]));
    for (const [name, options] of element.elementProperties) {
      if (options.state || typeof name !== 'string') continue;
      const field = fields.get(name);
      assert.ok(field, `property ${name} is not in the manifest`);
      assert.ok(field.description?.trim(), `property ${name} has no description`);
      assert.ok(field.type?.text, `property ${name} has no type`);
      if (options.attribute === false) continue;
      const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
      assert.equal(attributes.get(attribute)?.fieldName, name, `attribute ${attribute} of ${name} is not in the manifest`);
    }
    // And nothing stale: every attribute documented is one the element observes.
    for (const attribute of attributes.values()) {
      assert.ok(element.observedAttributes.includes(attribute.name), `attribute ${attribute.name} is documented but not observed`);
      assert.ok(attribute.description?.trim(), `attribute ${attribute.name} has no description`);
      assert.ok(attribute.fieldName, `attribute ${attribute.name} names no property`);
    }
    for (const attribute of element.observedAttributes) assert.ok(attributes.has(attribute), `observed attribute ${attribute} is not in the manifest`);
    // Methods documented exist, public ones of the class are documented.
    for (const method of (doc.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static)) {
      assert.equal(typeof element.prototype[method.name], 'function', `method ${method.name} is documented but does not exist`);
      assert.ok(method.description?.trim(), `method ${method.name} has no description`);
    }
  });

  test(`<${tag}>: every event, part, slot and CSS custom property is in the manifest`, () => {
    const doc = elements.find((e) => e.tagName === tag);
    const files = graph(sourceOf(doc.module));
    const own = ownFiles(doc);
    const problems = [];
    const check = (ok, problem) => ok || problems.push(problem);
    /**
     * Each thing the element's own shadow DOM has (found by `find` in its files) is documented,
     * with a description; each documented one is found somewhere in what the element loads.
     */
    const compare = (kind, documented = [], find, built = []) => {
      const names = new Set(documented.map((item) => item.name));
      for (const name of new Set([...own.flatMap(find), ...built])) check(names.has(name), `${kind} ${name || '(default)'} is not in the manifest`);
      for (const item of documented) {
        check(item.description?.trim(), `${kind} ${item.name || '(default)'} has no description`);
        check(built.includes(item.name) || files.some((file) => find(file).includes(item.name)), `${kind} ${item.name || '(default)'} is documented but not in the code`);
      }
    };
    compare('event', doc.events, eventsIn);
    for (const event of doc.events ?? []) check(/^CustomEvent<.+>$/.test(event.type?.text ?? ''), `event ${event.name} has no detail type (@event {CustomEvent<…>} name)`);
    compare('part', doc.cssParts, partsIn);
    compare('CSS property', doc.cssProperties, cssPropertiesIn, cssPropertiesStyled(element));
    compare('slot', doc.slots, slotsIn);
    assert.deepEqual(problems, []);
  });
}

test('the manifest names the published files, and package.json points at it', () => {
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  for (const module of manifest.modules) {
    assert.match(module.path, /^dist\/.*\.js$/);
    assert.ok(existsSync(join(root, module.path)), `${module.path} is not built`);
  }
});
