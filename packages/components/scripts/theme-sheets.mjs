// The theme presets (src/themes/*.css: style sheets a portal links, not modules) in both
// builds: dist/themes/ for the npm package (`@thidua/components/themes/dark.css`) and
// dist/cdn/themes/ for the CDN, where cdn-manifest.mjs hashes them into sri.json like the
// scripts. Copied as written: they are small, and their comments are their documentation.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const themes = new URL('../src/themes/', import.meta.url);
const npm = new URL('../dist/themes/', import.meta.url);

/** @returns {import('vite').Plugin} */
export function themeSheets() {
  return {
    name: 'thidua-theme-sheets',
    generateBundle() {
      mkdirSync(npm, { recursive: true });
      for (const name of readdirSync(themes).filter((f) => f.endsWith('.css'))) {
        const source = readFileSync(new URL(name, themes), 'utf8');
        this.emitFile({ type: 'asset', fileName: `themes/${name}`, source });
        writeFileSync(new URL(name, npm), source);
      }
    },
  };
}
