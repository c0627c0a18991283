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
        // The provider's early reads, then the provider (src/provider/cdn-entry.ts).
        'thidua-provider': 'src/provider/cdn-entry.ts',
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
      // An entry may hold code other entries share (its exports then include a few one-letter names
      // for them): `kpi-progress.js` is the card itself, not a re-export of a chunk that a page
      // would fetch one round trip later. Needed too by the groups below, which leave their
      // modules' dependencies where they are.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Vite 8's library mode leaves output unminified unless told.
        minify: true,
        // A live card's path in a few files rather than one per module: split by what each entry
        // shares, its API part, the reader and the API plumbing came as ten chunks of 0.1–1.5 KB,
        // each a request the page waits on (bench/suites/15-cdn-live-card). Each group holds only
        // what its test names (not their dependencies), and is loaded by whoever needs any of it:
        // - every element's first paint: Lit, the element base and its helpers (what the automatic
        //   split made this chunk of), and `localize` (@thidua/schemas/text, 60 bytes), which was a
        //   chunk of its own that the live card, `<ranking-table>` and `<kpi-board>` each fetched
        //   besides: a request costs the page more than the bytes (in one run, five unused files of
        //   1 KB in all delayed a card by 9 ms, one of 19 KB by 6). Every other first paint
        //   grows by 0.01–0.02 KB;
        // - the card's API part (`<kpi-board>` renders its cards with it too);
        // - the SDK's reader with the batching, errors and `lastResponse` (responses.js) it shares with the client (the client's
        //   pages load the reader's 1 KB with them);
        // - what every element that reads the API uses: the loader, the client loader, the error
        //   state and its words, @lit/context; and a live card's early read (shared/early-read.ts),
        //   which starts from this chunk while the card's API part is still on its way.
        codeSplitting: {
          groups: [
            { name: 'lit', test: /[\\/]node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/](lit-element|index)|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js$|[\\/]shared[\\/](css|context|locale|thidua-element)\.ts$|[\\/]schemas[\\/]dist[\\/]text\.js$/, includeDependenciesRecursively: false },
            { name: 'kpi-progress-api', test: /[\\/]kpi-progress-api\.ts$|[\\/]shared[\\/]status\.ts$|[\\/]strings[\\/]vi[\\/]kpi\.ts$/, includeDependenciesRecursively: false },
            { name: 'sdk-reader', test: /[\\/]sdk[\\/]dist[\\/](reader|indicator-batches|errors|responses|messages[\\/][^\\/]+)\.js$|[\\/]shared[\\/](early-read|client-loader)\.ts$/, includeDependenciesRecursively: false },
            { name: 'api', test: /[\\/]shared[\\/](api-loader|errors)\.ts$|[\\/]strings[\\/]vi[\\/]errors\.ts$|[\\/]@lit[\\/]context[\\/]|[\\/]provider[\\/]thidua-provider\.ts$/, includeDependenciesRecursively: false },
          ],
        },
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
