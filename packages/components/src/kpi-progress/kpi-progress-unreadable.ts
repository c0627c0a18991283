import { html, nothing } from 'lit';
import type { Locale } from '@thidua/schemas';
import { icon, statusIcons } from '../shared/icons.js';
import { provideStrings } from '../strings/index.js';
import { kpi } from '../strings/vi/kpi.js';
import type { KpiProgress, View } from './kpi-progress.js';
// The card this part belongs to (see kpi-progress-api.ts for why it is imported).
import './kpi-progress.js';

/*
 * A static `<kpi-progress>` whose number attribute cannot be read ("sáu
 * mươi"): said in words, not shown as "no data". A chunk of its own, loaded
 * when a card meets such an attribute: a page's cards are meant to be
 * readable, so their first paint carries none of this. Its words are the
 * catalogue's `kpi.unreadable`.
 */

provideStrings('vi', { kpi }, { kpi: () => import('../strings/en/kpi.js') });

/** The card for an unreadable attribute (`view.unreadable`). */
export function render(host: KpiProgress, view: View, locale: Locale) {
  const t = host.strings('kpi', locale)?.unreadable;
  if (!t) return host.renderSkeleton();
  const { field, text } = view.unreadable!;
  return html`<div part="base" class="base unreadable">
    ${view.title ? html`<p part="label" class="label">${view.title}</p>` : nothing}
    <p part="status" class="status">${icon(statusIcons.atRisk)}<span>${t.title}</span></p>
    <p part="error" class="problem">${t.notANumber(t.field[field], text)}</p>
  </div>`;
}
