import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css.mjs';
import { cdnManifest } from './scripts/cdn-manifest.mjs';
import { themeSheets } from './scripts/theme-sheets.mjs';

/**
 * The CDN build: self-contained ES modules (Lit, the SDK and zod bundled) for
 * portals without a build step. `kpi-progress.js` loads the SDK as a separate
 * chunk only when an element asks the API. `tsc` has already written the npm
 * build to dist/: only dist/cdn is emptied, so stale chunks do not pile up.
 */
export default defineConfig({
  // The same CSS minification as the npm build's (scripts/minify-css.mjs). It keeps every
  // line where it was, so `map: null` (mappings unchanged) keeps the source maps right.
  plugins: [
    { name: 'minify-css-templates', transform: (code, id) => (/\.ts$/.test(id) ? { code: minifyCssTemplates(code, id), map: null } : null) },
    // The theme presets (src/themes/*.css) into dist/themes and dist/cdn/themes.
    themeSheets(),
    // dist/cdn/sri.json: the version the server serves the files under, SRI hashes, modulepreload lists.
    cdnManifest(),
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        thidua: 'src/index.ts',
        'kpi-progress': 'src/kpi-progress/kpi-progress.ts',
        'kpi-board': 'src/kpi-board/kpi-board.ts',
        'thidua-provider': 'src/provider/thidua-provider.ts',
        'ranking-table': 'src/ranking-table/ranking-table.ts',
        'nomination-list': 'src/nomination-list/nomination-list.ts',
        'nomination-form': 'src/nomination-form/nomination-form.ts',
        'nomination-queue': 'src/nomination-queue/nomination-queue.ts',
        'nomination-review': 'src/nomination-review/nomination-review.ts',
        'award-list': 'src/award-list/award-list.ts',
        'featured-models': 'src/featured-models/featured-models.ts',
        strings: 'src/strings/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Vite 8's library mode leaves output unminified unless told.
        minify: true,
        // Name the shared chunks after what a reader of the network panel would look for.
        chunkFileNames: ({ moduleIds }) => {
          const has = (pattern: RegExp) => moduleIds.some((id) => pattern.test(id));
          // `sdk` is the client's chunk (ky, zod, the contract); `sdk-reader` the light reader's.
          return `chunks/${has(/[\\/]sdk[\\/]dist[\\/]client\.js$/) ? 'sdk' : has(/[\\/]sdk[\\/]dist[\\/]reader\.js$/) ? 'sdk-reader' : has(/[\\/]lit-html[\\/]/) ? 'lit' : '[name]'}-[hash].js`;
        },
      },
    },
  },
});
