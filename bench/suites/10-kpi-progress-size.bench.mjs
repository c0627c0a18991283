import { bundleSize, kb, printTable, ratio } from '../lib.mjs';

/** The kpi-progress entry with Lit, against a bare Lit element (same run) and the peers' published sizes. */
export default async function () {
  const baseline = await bundleSize(
    `import { LitElement, html } from 'lit';
     class BareElement extends LitElement { render() { return html\`<div role="progressbar"></div>\`; } }
     customElements.define('bare-element', BareElement);`,
    { name: 'bare-lit' },
  );
  const entry = await bundleSize(`import '@thidua/components/kpi-progress';`, { name: 'kpi-progress' });
  const budget = 8 * 1024;
  printTable('min+gzip of the `@thidua/components/kpi-progress` entry with Lit (lazy chunks apart)', [
    ['what', 'min', 'min+gzip', 'vs bare Lit element', 'vs budget 8.0 KB', 'loaded later (gzip)'],
    ['bare LitElement (baseline, this run)', kb(baseline.min), kb(baseline.gzip), '1.00×', ratio(baseline.gzip, budget), kb(baseline.lazyGzip)],
    ['@thidua/components/kpi-progress', kb(entry.min), kb(entry.gzip), ratio(entry.gzip, baseline.gzip), ratio(entry.gzip, budget), kb(entry.lazyGzip)],
    ['md-linear-progress (published)', '—', '9.40 KB', ratio(9.4 * 1024, baseline.gzip), ratio(9.4 * 1024, budget), '—'],
    ['sl-progress-bar (published, + theme)', '—', '9.60 KB', ratio(9.6 * 1024, baseline.gzip), ratio(9.6 * 1024, budget), '—'],
  ]);
  console.log(entry.gzip <= budget ? `within budget (${kb(budget - entry.gzip)} to spare)` : `OVER BUDGET by ${kb(entry.gzip - budget)}`);
}
