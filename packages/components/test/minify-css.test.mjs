// scripts/minify-css.mjs, which minifies the css`…` templates of the npm and CDN builds: it
// must find the templates the parser finds, and nothing a comment or a string merely spells
// like one (matching the text once took a comment for a template and broke the build).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplates } from '../scripts/minify-css.mjs';

const lines = (code) => code.split('\n').length;

test('a css template is minified, and keeps the lines after it where they were', () => {
  const code = 'const a = css`\n  :host {\n    color: red;\n  }\n`;\nexport { a };\n';
  const out = minifyCssTemplates(code);
  assert.equal(out, 'const a = css`:host{color:red}`\n\n\n\n;\nexport { a };\n');
  assert.equal(lines(out), lines(code));
});

test('the tag and a backtick in a comment are not a template', () => {
  const code = [
    '// Built from the prefix, so not a css` template; the text is ours.',
    '/* Nor is this: css` … ` */',
    'const b = css`',
    '  .x { margin: 0.5rem; }',
    '`;',
    'const c = `not ${"css"} at all`;',
  ].join('\n');
  const out = minifyCssTemplates(code);
  assert.equal(
    out,
    [
      '// Built from the prefix, so not a css` template; the text is ours.',
      '/* Nor is this: css` … ` */',
      'const b = css`.x{margin:.5rem}`',
      '',
      ';',
      'const c = `not ${"css"} at all`;',
    ].join('\n'),
  );
});

test('the tag and a backtick in a string, or in another template, are not a template', () => {
  const code = "const s = 'css`';\nconst t = \"css` \";\nconst u = `see css\\` here`;\nconst d = css` a {  b: c } `;\n";
  assert.equal(minifyCssTemplates(code), "const s = 'css`';\nconst t = \"css` \";\nconst u = `see css\\` here`;\nconst d = css`a{b:c}`;\n");
});

test('a template with an interpolation or an escape is left alone; TypeScript is parsed as TypeScript', () => {
  const code = [
    'const e = css`a { color: ${colour}; }`;',
    "const f = css`a::before { content: '\\201C'; }`;",
    'const g = (x: string): CSSResult => css`  b { x: y }  `;',
  ].join('\n');
  assert.equal(
    minifyCssTemplates(code, 'x.styles.ts'),
    [
      'const e = css`a { color: ${colour}; }`;',
      "const f = css`a::before { content: '\\201C'; }`;",
      'const g = (x: string): CSSResult => css`b{x:y}`;',
    ].join('\n'),
  );
});

test('the space tsc writes between the tag and its template goes too', () => {
  assert.equal(minifyCssTemplates('export const s = css `\n  a { b: c }\n`;\n'), 'export const s = css`a{b:c}`\n\n;\n');
});
