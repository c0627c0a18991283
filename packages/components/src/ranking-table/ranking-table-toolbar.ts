import { html, nothing } from 'lit';
import { localize } from '@thidua/schemas/logic';
import type { Locale, RankingGroup, RankingGroupDefinition } from '@thidua/schemas';
import type { RankingStrings } from '../strings/vi/ranking.js';

/** What the toolbar shows and what its controls call: the element's state, passed in. */
export interface ToolbarModel {
  s: RankingStrings;
  query: string;
  onQuery: (query: string) => void;
  /** The group filter's options (`all` first), when the element offers one. */
  groups: { id: string; label: string }[] | undefined;
  group: string;
  onGroup: (group: string) => void;
  /** The sub-index columns a reader can show or hide. */
  subIndices: { id: string; label: string; shown: boolean }[];
  onSubIndex: (id: string, shown: boolean) => void;
  onCsv: () => void;
  onXlsx: () => void;
  onPrint: () => void;
  /** "Đến vị trí của …": shown when the host's unit may be out of view. */
  jump: { label: string; go: () => void } | undefined;
}

/** `<ranking-table>`'s toolbar: search, group filter, sub-index columns, downloads and print. */
export function renderToolbar(m: ToolbarModel) {
  const { s } = m;
  const shown = m.subIndices.filter((x) => x.shown).length;
  return html`<div part="toolbar" class="toolbar">
    <div class="field search">
      <label for="search">${s.search}</label>
      <input
        id="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="search-hint"
        .value=${m.query}
        @input=${(e: Event) => m.onQuery((e.target as HTMLInputElement).value)}
      />
      <span id="search-hint" class="hint">${s.searchHint}</span>
    </div>
    ${m.groups
      ? html`<div class="field">
          <label for="group">${s.group}</label>
          <select id="group" @change=${(e: Event) => m.onGroup((e.target as HTMLSelectElement).value)}>
            ${m.groups.map((g) => html`<option value=${g.id} ?selected=${g.id === m.group}>${g.label}</option>`)}
          </select>
        </div>`
      : nothing}
    ${m.subIndices.length
      ? html`<details class="columns">
          <summary>${s.subScores} (${shown}/${m.subIndices.length})</summary>
          <fieldset>
            <legend class="visually-hidden">${s.subScores}</legend>
            ${m.subIndices.map(
              (sub) => html`<label class="check">
                <input type="checkbox" .checked=${sub.shown} @change=${(e: Event) => m.onSubIndex(sub.id, (e.target as HTMLInputElement).checked)} />
                <span>${sub.label}</span>
              </label>`,
            )}
          </fieldset>
        </details>`
      : nothing}
    <div class="actions">
      <button type="button" class="button" @click=${m.onCsv}>${s.exportCsv}</button>
      <button type="button" class="button" @click=${m.onXlsx}>${s.exportXlsx}</button>
      <button type="button" class="button" @click=${m.onPrint}>${s.print}</button>
    </div>
    ${m.jump ? html`<button type="button" class="button jump" @click=${m.jump.go}>${m.jump.label}</button>` : nothing}
  </div>`;
}

/** The group filter's options: `all`, then `ids`, each labelled by its definition or, for the standard groups, by the strings. */
export function groupOptions(ids: string[], groups: readonly RankingGroupDefinition[], locale: Locale, s: RankingStrings) {
  return ['all', ...ids].map((id) => {
    const label = groups.find((g) => g.id === id)?.label;
    return { id, label: label ? localize(label, locale) : (s.groups[id as RankingGroup] ?? id) };
  });
}

