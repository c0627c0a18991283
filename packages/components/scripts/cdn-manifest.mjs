// The CDN build's manifest, dist/cdn/sri.json, written after Vite has written the files:
// the version the server serves them under (/cdn/<version>/), every script's and style sheet's Subresource
// Integrity hash, and what a page may preload for a live element (<link rel="modulepreload">).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** sha384, the hash the SRI examples and most CDNs use; over the bytes as written (and served, decoded). */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** @returns {import('vite').Plugin} */
export function cdnManifest() {
  return {
    name: 'thidua-cdn-manifest',
    writeBundle(options, bundle) {
      const dir = options.dir;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const integrity = {};
      // The scripts and the style sheets (the theme presets: a <link integrity> pins them too).
      const files = Object.values(bundle).filter((c) => c.type === 'chunk' || c.fileName.endsWith('.css'));
      for (const file of files.sort((a, b) => a.fileName.localeCompare(b.fileName))) integrity[file.fileName] = integrityOf(readFileSync(join(dir, file.fileName)));
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (start) => {
        const seen = new Set();
        const visit = (name) => {
          if (seen.has(name)) return;
          seen.add(name);
          for (const i of byName.get(name)?.imports ?? []) visit(i);
        };
        start.forEach(visit);
        return seen;
      };
      const holding = (pattern) => chunks.find((c) => !c.isEntry && c.moduleIds.some((id) => pattern.test(id)))?.fileName;
      const sdk = holding(/[\\/]sdk[\\/]dist[\\/]client\.js$/);
      const reader = holding(/[\\/]sdk[\\/]dist[\\/]reader\.js$/);
      const kpiLive = holding(/[\\/]kpi-progress[\\/]kpi-progress-api\.ts$/);
      const loader = holding(/[\\/]shared[\\/]client-loader\.ts$/);
      if (!sdk || !reader || !kpiLive || !loader) throw new Error('cdn-manifest: the SDK, its reader, the client loader or the kpi-progress-api chunk is missing from the CDN build');
      // What a live card loads after its entry, in the order it needs it: its first read (the
      // client loader's chunk and the reader, KpiProgress.willUpdate's readEarly), then what shows it.
      const entry = closure(['kpi-progress.js']);
      const live = [...closure([loader]), ...closure([reader]), ...closure([kpiLive])].filter((name, i, all) => !entry.has(name) && all.indexOf(name) === i);
      const manifest = { version, integrity, preload: { sdk: [...closure([sdk])], 'kpi-progress': live } };
      writeFileSync(join(dir, 'sri.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
