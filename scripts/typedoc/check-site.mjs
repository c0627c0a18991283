// @ts-check
/**
 * After `typedoc` (`pnpm docs:build`): fails when the site lost what it is
 * for. Every data type an operation of the contract answers or takes
 * (response, JSON body, form) is a page of its own — an interface listing
 * each property of its schema, or for a union the type it is — and no page
 * shows a type as `output<typeof …>`; every element of the Custom Elements
 * Manifest has its page with each attribute, event, slot, CSS part and CSS
 * custom property.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schemas from '../../packages/schemas/dist/index.js';
import { MANIFEST, elementsOf } from './components.mjs';

const site = process.argv[2] ?? fileURLToPath(new URL('../../docs/api/', import.meta.url));
/** @type {string[]} */
const problems = [];

/** A page's text without its markup. @param {string} path */
const text = (path) =>
  readFileSync(join(site, path), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
/** The names of the anchors of a page's members. @param {string} path */
const anchors = (path) => new Set([...readFileSync(join(site, path), 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

// The exported name of each schema the contract uses.
/** @type {Map<unknown, string>} */
const names = new Map();
for (const [name, value] of Object.entries(schemas)) if (value && typeof value === 'object' && '_zod' in value && !names.has(value)) names.set(value, name);

/** @type {Set<string>} */
const checked = new Set();
for (const [id, operation] of Object.entries(schemas.operations)) {
  for (const part of /** @type {const} */ (['response', 'body', 'form'])) {
    const schema = /** @type {Record<string, any>} */ (operation)[part];
    if (!schema) continue;
    const kind = schema._zod.def.type;
    if (kind === 'file' || schema === schemas.HtmlDocument || id === 'openapi') continue; // bytes, not data
    const name = names.get(schema);
    if (!name) {
      problems.push(`${id}.${part}: its schema is not exported under a name, so it has no page`);
      continue;
    }
    if (checked.has(name)) continue;
    checked.add(name);
    const shape = kind === 'object' ? schema._zod.def.shape : undefined;
    const page = shape ? `interfaces/_thidua_schemas.${name}.html` : `types/_thidua_schemas.${name}.html`;
    if (!existsSync(join(site, page))) {
      problems.push(`${id}.${part}: no page ${page} for ${name}`);
      continue;
    }
    if (shape) {
      const members = anchors(page);
      for (const property of Object.keys(shape)) if (!members.has(property.toLowerCase())) problems.push(`${page}: no property ${property}`);
      // its properties are its own, not "inherited from" zod's inference
      if (/Inherited from|Hierarchy/.test(text(page))) problems.push(`${page}: shown as extending zod's inference`);
    }
  }
}
for (const must of ['IndicatorDetail', 'Ranking', 'Proposal', 'Appraisal', 'AwardPublic']) {
  if (!existsSync(join(site, `interfaces/_thidua_schemas.${must}.html`))) problems.push(`no interface page for ${must}`);
}
// A nested data type is a link to its page, not spelled out again.
if (checked.has('IndicatorDetail')) {
  const detail = readFileSync(join(site, 'interfaces/_thidua_schemas.IndicatorDetail.html'), 'utf8');
  for (const nested of ['IndicatorProgress', 'OrganisationUnit', 'SourceDocument']) {
    if (!detail.includes(`_thidua_schemas.${nested}.html`)) problems.push(`the IndicatorDetail page does not link ${nested}`);
  }
}

// No data type left as zod's inference.
for (const folder of ['interfaces', 'types', 'variables', 'functions', 'classes', 'modules']) {
  if (!existsSync(join(site, folder))) continue;
  for (const file of readdirSync(join(site, folder))) {
    const page = text(join(folder, file));
    if (/\b(output|input|infer)\s*<\s*typeof\s/.test(page)) problems.push(`${folder}/${file}: a type shown as zod's inference (output<typeof …>)`);
  }
}

// The SDK's client (its page, or the pages of its namespaces), with links to the data types it answers.
if (!existsSync(join(site, 'interfaces/_thidua_sdk.ThiduaClient.html'))) problems.push('no ThiduaClient page');
const sdkPages = readdirSync(join(site, 'interfaces')).filter((file) => file.startsWith('_thidua_sdk.'));
for (const answered of ['IndicatorDetail', 'Ranking', 'Proposal', 'AwardPublic']) {
  const linked = sdkPages.some((file) => readFileSync(join(site, 'interfaces', file), 'utf8').includes(`_thidua_schemas.${answered}.html`));
  if (!linked) problems.push(`no page of the SDK links ${answered}`);
}

// Each entry point of the SDK is a module page of its own: `@thidua/sdk/reader` too, with what it exports.
const readerPage = 'modules/_thidua_sdk_reader.html';
if (!existsSync(join(site, readerPage))) problems.push(`no page for @thidua/sdk/reader (${readerPage})`);
else {
  const reader = text(readerPage);
  if (!reader.includes('Module @thidua/sdk/reader')) problems.push(`${readerPage}: not named @thidua/sdk/reader`);
  for (const name of [...Object.keys(await import('../../packages/sdk/dist/reader.js')), 'ReaderOptions', 'ThiduaReader']) {
    if (!reader.includes(name)) problems.push(`${readerPage}: does not show ${name}`);
  }
}
// An SDK option type is a named interface, whose properties the docs list, not an intersection they show as it is written.
for (const folder of ['interfaces', 'types', 'functions', 'modules']) {
  if (!existsSync(join(site, folder))) continue;
  for (const file of readdirSync(join(site, folder)).filter((f) => f.startsWith('_thidua_sdk'))) {
    if (/\w+Options\s*&(?!&)/.test(text(join(folder, file)))) problems.push(`${folder}/${file}: an option type shown as an intersection (give it an interface)`);
  }
}

// A page per element, with its whole public API.
const elements = elementsOf(JSON.parse(readFileSync(MANIFEST, 'utf8')));
if (elements.length === 0) problems.push(`${MANIFEST} names no element`);
const indexHtml = existsSync(join(site, 'documents/Components.html')) ? readFileSync(join(site, 'documents/Components.html'), 'utf8') : '';
const index = indexHtml && text('documents/Components.html');
if (!index) problems.push('no Components page');
for (const element of elements) {
  const page = `documents/Components._${element.tagName}_.html`;
  if (!existsSync(join(site, page))) {
    problems.push(`no page for <${element.tagName}>`);
    continue;
  }
  if (!indexHtml.includes(`href="Components._${element.tagName}_.html"`)) problems.push(`the Components page does not link <${element.tagName}>`);
  const content = text(page);
  const expected = [
    ...(element.attributes ?? []).map((a) => a.name),
    ...(element.events ?? []).flatMap((e) => [e.name, e.type?.text ?? '']),
    ...(element.slots ?? []).map((s) => s.name).filter(Boolean),
    ...(element.cssParts ?? []).map((p) => p.name),
    ...(element.cssProperties ?? []).map((p) => p.name),
  ];
  for (const name of expected) if (!content.includes(name)) problems.push(`${page}: does not show ${name}`);
  if (element.summary && !content.includes(element.summary.replace(/\s+/g, ' ').trim())) problems.push(`${page}: does not show its summary`);
}

if (problems.length) {
  console.error(`docs/api is missing what it documents:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`docs/api: ${checked.size} data types of the contract and ${elements.length} elements checked`);
