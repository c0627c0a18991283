import type { WithResponse } from './responses.js';

/**
 * Every list of the API, in the style of Stripe's client: the call is a
 * promise of its first page, and also an async iterable of every item of
 * every page. The lists paged with a cursor (a group's ranking, a level's
 * progress, the units, dossiers, the queue, awards) follow `next`; a list the
 * API answers whole (campaigns, indicators, a history, featured models, the
 * proposed list) is one page.
 *
 * ```ts
 * const page = await client.units.list({ level: 'commune' });   // one page, `page.next` for more
 * for await (const unit of client.units.list({ level: 'commune' })) { … } // every unit, page after page
 * for await (const page of client.units.list({ level: 'commune' }).pages()) { … }
 * ```
 *
 * Iterating asks for the first page once (the same request the promise
 * made), then follows `next` until it is null; breaking out of the loop stops
 * asking. `limit` sets the page size, not how many items the loop sees.
 * Each page carries the answer it came from as `lastResponse` (its
 * `requestId`); the items do not.
 */
export type Paged<Page extends object, Item> = Promise<WithResponse<Page>> &
  AsyncIterable<Item> & {
    /** Every page, this one first, following `next`. */
    pages(): AsyncIterable<WithResponse<Page>>;
  };

/**
 * `load(cursor)` asks for one page (the first with no cursor); `items` picks
 * a page's items. The first page is asked for at once, as any promise would.
 */
export function paged<Page extends object, Item>(
  load: (cursor: string | undefined) => Promise<WithResponse<Page>>,
  items: (page: Page) => readonly Item[],
  cursor?: string,
): Paged<Page, Item> {
  const first = load(cursor);
  async function* pages(): AsyncGenerator<WithResponse<Page>> {
    let page = await first;
    yield page;
    // A list the API answers whole has no `next`: its one page is the last.
    let next: string | null | undefined;
    while ((next = (page as { next?: string | null }).next)) {
      page = await load(next);
      yield page;
    }
  }
  async function* all(): AsyncGenerator<Item> {
    for await (const page of pages()) yield* items(page);
  }
  return Object.assign(first, { pages, [Symbol.asyncIterator]: all });
}
