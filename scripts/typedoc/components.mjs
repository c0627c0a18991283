// @ts-check
/**
 * TypeDoc plugin: the "Components" section of the site, written at docs time
 * from the Custom Elements Manifest that `pnpm build` makes from the
 * elements' JSDoc (`packages/components/dist/custom-elements.json`): one
 * page per element with its summary and description, attributes, properties,
 * methods, events (with the type of `detail`), slots, CSS parts and CSS
 * custom properties. Nothing is copied by hand: a new element, attribute or
 * event appears here when its JSDoc does.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const COMPONENTS = fileURLToPath(new URL('../../packages/components/', import.meta.url));
export const MANIFEST = join(COMPONENTS, 'dist/custom-elements.json');
const PAGES = fileURLToPath(new URL('../../node_modules/.cache/thidua-docs/components/', import.meta.url));
/** The section's first page: `projectDocuments` in typedoc.json names it. */
export const INDEX = join(PAGES, 'index.md');

/**
 * Writes the section's Markdown documents (under node_modules/.cache, never
 * committed) when the plugin loads, before TypeDoc reads `projectDocuments`:
 * the index, whose front matter lists each element's page as its child, so
 * the pages and the index's links to them are TypeDoc's own documents.
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  if (!existsSync(MANIFEST)) {
    app.logger.error(`No ${MANIFEST}: run \`pnpm build\` before TypeDoc (the components section is made from it).`);
    return;
  }
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const elements = elementsOf(manifest);
  for (const element of elements) writeFileSync(join(PAGES, `${element.tagName}.md`), elementPage(element));
  writeFileSync(INDEX, indexPage(elements));
}

/**
 * @typedef {{ name: string; description?: string; summary?: string; type?: { text: string }; default?: string; attribute?: string; fieldName?: string;
 *   kind?: string; privacy?: string; static?: boolean; readonly?: boolean; reflects?: boolean; parameters?: Item[]; return?: { type?: { text: string } } }} Item
 * @typedef {{ tagName: string; name: string; summary?: string; description?: string; attributes?: Item[]; members?: Item[]; events?: Item[];
 *   slots?: Item[]; cssParts?: Item[]; cssProperties?: Item[]; cssStates?: Item[] }} Element
 * @typedef {{ modules: { path: string; declarations?: (Element & { customElement?: boolean })[] }[] }} Manifest
 */

/** The manifest's custom elements, by tag name. @param {Manifest} manifest @returns {Element[]} */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** @param {Element[]} elements */
function indexPage(elements) {
  const children = elements.map((e) => `  "<${e.tagName}>": ./${e.tagName}.md`);
  return [
    '---',
    'title: Components',
    'children:',
    ...children,
    '---',
    '',
    '# Components',
    '',
    'The custom elements of `@thidua/components` (Lit). Each works from attributes, from `.data` set by a script, or from the API inside a `<thidua-provider>`; its page lists what it takes and gives. This section is generated from the package\'s Custom Elements Manifest (`custom-elements.json`), which the build makes from the elements\' JSDoc.',
    '',
    table(['Element', 'What it is'], elements.map((e) => [`[${code(`<${e.tagName}>`)}](./${e.tagName}.md)`, oneLine(e.summary ?? '')])),
    '',
  ].join('\n');
}

/** @param {Element} element */
export function elementPage(element) {
  const publicMembers = (element.members ?? []).filter((m) => !m.privacy && !m.static && !m.name.startsWith('#') && !m.name.startsWith('_'));
  const fields = publicMembers.filter((m) => m.kind === 'field');
  const methods = publicMembers.filter((m) => m.kind === 'method');
  const sections = [
    `# \\<${element.tagName}\\>`,
    '',
    element.summary ? `**${oneLine(element.summary)}**` : '',
    '',
    `Class \`${element.name}\`, defined by \`import '@thidua/components/${element.tagName}'\` (or the CDN's \`thidua.js\`).`,
    '',
    element.description ?? '',
    section('Attributes', element.attributes, ['Attribute', 'Type', 'Default', 'Description'], (a) => [code(a.name), code(a.type?.text), code(a.default), oneLine(a.description)]),
    section('Properties', fields, ['Property', 'Attribute', 'Type', 'Default', 'Description'], (p) => [
      code(p.name) + (p.readonly ? ' (read-only)' : ''),
      p.attribute ? code(p.attribute) + (p.reflects ? ' (reflected)' : '') : '',
      code(p.type?.text),
      code(p.default),
      oneLine(p.description),
    ]),
    section('Methods', methods, ['Method', 'Returns', 'Description'], (m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`),
      code(m.return?.type?.text),
      oneLine(m.description),
    ]),
    section('Events', element.events, ['Event', 'Type (`detail`)', 'Description'], (e) => [code(e.name), code(e.type?.text), oneLine(e.description)]),
    section('Slots', element.slots, ['Slot', 'Description'], (s) => [s.name ? code(s.name) : '(default)', oneLine(s.description)]),
    section('CSS parts', element.cssParts, ['Part', 'Description'], (p) => [code(p.name), oneLine(p.description)]),
    section('CSS custom properties', element.cssProperties, ['Property', 'Default', 'Description'], (p) => [code(p.name), code(p.default), oneLine(p.description)]),
  ];
  return sections.join('\n') + '\n';
}

/**
 * @template T
 * @param {string} title @param {T[] | undefined} items @param {string[]} head @param {(item: T) => string[]} row
 */
function section(title, items, head, row) {
  return `\n## ${title}\n\n${items?.length ? table(head, items.map(row)) : 'None.'}\n`;
}

/** @param {string[]} head @param {string[][]} rows */
function table(head, rows) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A table cell's text: one line, its pipes escaped. @param {string | undefined} text */
function oneLine(text) {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** @param {string | undefined} text */
function code(text) {
  if (!text) return '';
  const flat = oneLine(text);
  return flat.includes('`') ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}
