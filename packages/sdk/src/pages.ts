/**
 * Lists the API pages with a cursor (a group's ranking, a level's progress,
 * the units), in the style of Stripe's client: the call is a promise of its
 * first page, and also an async iterable of every item of every page.
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
 */
export type Paged<Page extends { next: string | null }, Item> = Promise<Page> &
  AsyncIterable<Item> & {
    /** Every page, this one first, following `next`. */
    pages(): AsyncIterable<Page>;
  };

/**
 * `load(cursor)` asks for one page (the first with no cursor); `items` picks
 * a page's items. The first page is asked for at once, as any promise would.
 */
export function paged<Page extends { next: string | null }, Item>(
  load: (cursor: string | undefined) => Promise<Page>,
  items: (page: Page) => readonly Item[],
  cursor?: string,
): Paged<Page, Item> {
  const first = load(cursor);
  async function* pages(): AsyncGenerator<Page> {
    let page = await first;
    yield page;
    while (page.next) {
      page = await load(page.next);
      yield page;
    }
  }
  async function* all(): AsyncGenerator<Item> {
    for await (const page of pages()) yield* items(page);
  }
  return Object.assign(first, { pages, [Symbol.asyncIterator]: all });
}
