import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLERS, bundleSize, kb, printTable, ratio } from '../lib.mjs';

/*
 * What `<nomination-form>` costs a page before first paint, under Vite 8 and
 * esbuild, against its budget (issue 10: 25 KB min+gzip under both) and
 * against the form controls a team would otherwise build it from: Lion's
 * form packages and Shoelace's controls, built in this run from the versions
 * installed in bench/ (the same measure as 10-kpi-progress-size: the entry
 * chunk and its static imports, each gzipped alone; lazy chunks apart).
 * The form's lazy part (sections, validation, SDK) is reported beside it: it
 * loads while the API answers, before the first section is interactive.
 */

const KB = 1024;

const entry = { what: '@thidua/components/nomination-form', source: `import '@thidua/components/nomination-form';`, budget: 25 * KB };

const peers = [
  {
    what: 'bare LitElement (baseline)',
    source: `import { LitElement, html } from 'lit';
      class BareElement extends LitElement { render() { return html\`<form></form>\`; } }
      customElements.define('bare-element', BareElement);`,
  },
  {
    what: 'Lion form packages (@lion/ui: form, fieldset, input, input-date, input-email, textarea, checkbox-group, radio-group, input-file, button-submit)',
    source: ['lion-form', 'lion-fieldset', 'lion-input', 'lion-input-date', 'lion-input-email', 'lion-textarea', 'lion-checkbox-group', 'lion-checkbox', 'lion-radio-group', 'lion-radio', 'lion-input-file', 'lion-button-submit']
      .map((tag) => `import '@lion/ui/define/${tag}.js';`)
      .join('\n'),
  },
  {
    what: 'Shoelace controls (input, textarea, checkbox, radio-group, radio, select, option, button) + light theme CSS',
    source: ['input', 'textarea', 'checkbox', 'radio-group', 'radio', 'select', 'option', 'button']
      .map((c) => `import '@shoelace-style/shoelace/dist/components/${c}/${c}.js';`)
      .join('\n'),
    css: '@shoelace-style/shoelace/dist/themes/light.css',
  },
];

async function measure(item) {
  const css = item.css ? gzipSync(await readFile(fileURLToPath(import.meta.resolve(item.css))), { level: 9 }).length : 0;
  const sizes = {};
  // One after the other: two cores, and the builds would slow each other.
  for (const bundler of BUNDLERS) {
    const size = await bundleSize(item.source, { name: item.what.replace(/\W+/g, '-').slice(0, 60), bundler });
    sizes[bundler] = { ...size, gzip: size.gzip + css };
  }
  return sizes;
}

export default async function () {
  const measured = new Map();
  for (const item of [...peers, entry]) measured.set(item.what, await measure(item));
  const base = measured.get(peers[0].what);
  const form = measured.get(entry.what);
  const header = ['what', ...BUNDLERS.flatMap((b) => [`${b} min+gzip`, 'chunks', 'lazy (gzip)']), 'vs bare Lit (vite / esbuild)', 'vs the form (vite / esbuild)'];
  const rows = [header];
  for (const item of [entry, ...peers]) {
    const sizes = measured.get(item.what);
    rows.push([
      item.what,
      ...BUNDLERS.flatMap((b) => [kb(sizes[b].gzip), String(sizes[b].chunks), kb(sizes[b].lazyGzip)]),
      BUNDLERS.map((b) => ratio(sizes[b].gzip, base[b].gzip)).join(' / '),
      BUNDLERS.map((b) => ratio(sizes[b].gzip, form[b].gzip)).join(' / '),
    ]);
  }
  printTable('<nomination-form> before first paint against form-control peers, all built in this run (min+gzip, each chunk gzipped alone)', rows);
  const over = BUNDLERS.filter((b) => form[b].gzip > entry.budget);
  console.log(
    `${entry.what} (budget ${kb(entry.budget)}): ${BUNDLERS.map((b) => `${b} ${kb(form[b].gzip)}`).join(', ')} — ${
      over.length ? `OVER BUDGET under ${over.join(', ')}` : `within (${BUNDLERS.map((b) => kb(entry.budget - form[b].gzip)).join(' / ')} to spare)`
    }`,
  );
}
