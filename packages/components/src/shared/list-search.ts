import { html } from 'lit';
import { live } from 'lit/directives/live.js';

/*
 * A list's search box (`<award-list>`, `<nomination-queue>`): a native
 * `type="search"` with a visible label and a hint said with it. A module of its
 * own: its part (`search`) is its importers'.
 */

/** The search box: `value` is the search in force (kept as the reader types), `input` takes each change. */
export function renderSearch(words: { search: string; searchHint: string }, value: string, input: (value: string) => void) {
  return html`<div class="field search">
    <label for="search">${words.search}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="search-hint"
      .value=${live(value)}
      @input=${(e: Event) => input((e.target as HTMLInputElement).value)}
    />
    <span id="search-hint" class="hint">${words.searchHint}</span>
  </div>`;
}
