// The Svelte types: `@thidua/components/svelte` extends the global `svelteHTML.IntrinsicElements`
// that Svelte's language tools check markup against. `published.test.ts` type-checks this file
// (tsc; the Svelte compiler itself is not installed here).
type Elements = svelteHTML.IntrinsicElements;

export const card: Elements['kpi-progress'] = {
  label: 'Hồ sơ xử lý trực tuyến',
  value: 62,
  target: 90,
  'on:thidua-load': (event) => event.detail.indicator.id,
};
export const table: Elements['ranking-table'] = { campaign: 'bn2026', top: 10, 'sub-scores': true };
// @ts-expect-error `value` is a number.
export const wrongCard: Elements['kpi-progress'] = { value: '62' };
// @ts-expect-error `variant` is `compact` or `detailed`.
export const wrongBoard: Elements['kpi-board'] = { variant: 'large' };
// @ts-expect-error a `thidua-filter` event's detail has a status, not a value.
export const wrongHandler: Elements['kpi-board'] = { 'on:thidua-filter': (event) => event.detail.value };
