import { html } from 'lit';

/*
 * A list's search box (`<award-list>`, `<nomination-queue>`, `<ranking-table>`'s
 * toolbar): a native `type="search"` with a visible label and a hint said with
 * it. A module of its own: its part (`search`) is its importers'. It imports no
 * directive, so that `<ranking-table>`'s first paint, which has none, stays as
 * it was.
 */

/**
 * The search box: `value` is what the input's `.value` binds — the search in
 * force, through `live()` where the view keeps it as the reader types (a
 * list's) —, `input` takes each change.
 */
export function renderSearch(words: { search: string; searchHint: string }, value: unknown, input: (value: string) => void) {
  return html`<div class="field search">
    <label for="search">${words.search}</label>
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-describedby="search-hint"
      .value=${value}
      @input=${(e: Event) => input((e.target as HTMLInputElement).value)}
    />
    <span id="search-hint" class="hint">${words.searchHint}</span>
  </div>`;
}
