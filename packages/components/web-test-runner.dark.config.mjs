import base from './web-test-runner.config.mjs';

/**
 * The elements' tests again under the dark preset (src/themes/dark.css), linked by the
 * page the way a portal links it, on a `<body class="thidua-dark">`: every state those
 * tests render (loading, data, empty, error, each status) is checked by axe, the
 * color-contrast rule included, against the dark surface. `src/themes/dark.test.ts`
 * fails first if the preset is not in effect (a missing or renamed sheet would leave
 * every other check passing on white). Run: `wtr --config web-test-runner.dark.config.mjs`
 * (`pnpm test` runs it after the light run).
 */
export default {
  ...base,
  files: [
    'src/themes/dark.test.ts',
    'src/kpi-progress/kpi-progress.test.ts',
    'src/kpi-board/kpi-board.test.ts',
    'src/ranking-table/ranking-table.test.ts',
    'src/nomination-list/nomination-list.test.ts',
    'src/nomination-form/nomination-form.test.ts',
    'src/nomination-queue/nomination-queue.test.ts',
    'src/nomination-review/nomination-review.test.ts',
    'src/award-list/award-list.test.ts',
    'src/featured-models/featured-models.test.ts',
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="vi">
  <head>
    <link rel="stylesheet" href="/src/themes/dark.css">
  </head>
  <body class="thidua-dark">
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
