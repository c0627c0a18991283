// Minifies the CSS inside Lit's css`…` templates, which bundlers leave as written.
// The kpi-progress entry has a size budget (see bench/), and its style sheet is a
// quarter of it. Used on the npm build (dist/, after tsc: `node scripts/minify-css.mjs`)
// and, through vite.config.ts, on the CDN build (on the TypeScript sources). The templates
// are found by TypeScript's parser, not by the text: a comment or a string that mentions
// the tag followed by a backtick is not a template (matching the text once took a comment
// for one and broke the build). A template with an interpolation or an escape is left alone.
// The removed line breaks are put back after the template (outside it: inside, they would
// ship in every bundle), so every line after it keeps its number and the source maps stay right.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();
}

/**
 * Where each interpolation-free, escape-free template tagged `css` stands in the code: the end
 * of its tag, and [start, end) of its text between the backticks.
 */
function cssTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, /\.[cm]?tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      ts.isNoSubstitutionTemplateLiteral(node.template)
    ) {
      const start = node.template.getStart(source) + 1;
      const end = node.template.end - 1;
      if (!code.slice(start, end).includes('\\')) found.push([node.tag.end, start, end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The module's code with every interpolation-free css`…` template minified. `fileName` says whether it is TypeScript (.ts) or JavaScript. */
export function minifyCssTemplates(code, fileName = 'module.js') {
  if (!code.includes('css')) return code;
  let out = '';
  let at = 0;
  for (const [tagEnd, start, end] of cssTemplates(code, fileName)) {
    const text = code.slice(start, end);
    // The tag, the template (no space between: tsc writes one), then the line breaks the template had.
    out += `${code.slice(at, tagEnd)}\`${minifyCss(text)}\`${'\n'.repeat(text.split('\n').length - 1)}`;
    at = end + 1;
  }
  return out + code.slice(at);
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'cdn') yield* files(path);
    } else if (entry.name.endsWith('.js')) yield path;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL('../dist/', import.meta.url).pathname;
  for await (const file of files(dist)) {
    const code = await readFile(file, 'utf8');
    const minified = minifyCssTemplates(code, file);
    if (minified !== code) await writeFile(file, minified);
  }
}
