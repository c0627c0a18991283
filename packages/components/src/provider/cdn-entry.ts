import * as reader from '@thidua/sdk/reader';
import { readCardsEarly } from '../shared/early-read.js';

/*
 * `thidua-provider.js` of the CDN build (vite.config.ts), the script a page of live cards loads
 * beside theirs. Before it loads the provider itself (Lit, @lit/context), it starts the first read
 * of every live `<kpi-progress>` in the page, with only the SDK's reader and the early read: a
 * module script runs once its imports have arrived, and this one's are here long before Lit and
 * the card's code (which a page finds only once the card's entry has arrived). Each card takes its
 * read when it connects (shared/early-read.ts). Listed before the cards' scripts, it runs first;
 * after them, the cards have started their reads themselves and this finds none to start.
 * The npm entry `@thidua/components/thidua-provider` is the element's module: a bundle has no
 * such wait, every module of it arriving at once.
 */
readCardsEarly(document, reader);
// The class is named so that the build keeps the import: Rolldown drops a dynamic import whose
// namespace goes unused, although the module's definition of the element is what is wanted here.
void import('./thidua-provider.js').then(({ ThiduaProvider }) => ThiduaProvider);
