import { html, nothing } from 'lit';
import type { Locale } from '@thidua/schemas';
import { ApiLoader, type Ask } from '../shared/api-loader.js';
import { errorStyles, renderError } from '../shared/errors.js';
import { provideStrings, stringsFor, type Catalogue } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import type { FeaturedModels, FeaturedModelsLoad } from './featured-models.js';
import type { ModelsModel } from './featured-models-view.js';

/*
 * `<featured-models>` with data from the API: a campaign's (or a round's)
 * featured models, public (`client.featuredModels.list`). The field filter
 * applies to what came, so changing it asks nothing. A chunk of its own,
 * loaded unless the element is given `.data`.
 */

provideStrings('vi', { errors }, { errors: () => import('../strings/en/errors.js') });

interface Loaded extends FeaturedModelsLoad {
  /** The client's API root, which the photos' paths are below. */
  base: string;
}

export class FeaturedModelsLoader extends ApiLoader<Loaded, FeaturedModels> {
  constructor(host: FeaturedModels) {
    super(host);
    host.addStyles(errorStyles);
  }

  /** Called before each update: loads again when the campaign, the round or the client changed. */
  update(): void {
    const h = this.host;
    this.loadOnChange([h.campaignId, h.roundId, h.client, h.apiBase, h.data]);
  }

  protected override request(): Ask<Loaded> | undefined {
    const h = this.host;
    if (h.data) return undefined;
    if (!h.campaignId) throw Object.assign(new Error('No campaign'), { code: 'no_campaign' });
    const campaignId = h.campaignId;
    const roundId = h.roundId;
    return async (client, signal) => {
      const answer = await client.featuredModels.list(campaignId, { ...(roundId ? { roundId } : {}), signal });
      return { items: answer.items, base: client.baseUrl };
    };
  }

  /** What the view shows: the models loaded (the previous ones, marked busy, while new ones load). */
  model(): ModelsModel | undefined {
    const state = this.state;
    const loaded = state.status === 'ready' ? state.value : state.status === 'loading' ? state.previous : undefined;
    return loaded ? { items: loaded.items, photoBase: loaded.base, busy: state.status === 'loading' } : undefined;
  }

  /** The error state: an alert with the cause in words and the request id, and a retry button. */
  renderError(locale: Locale) {
    const error = this.state.status === 'error' ? this.state.error : undefined;
    const m = stringsFor(locale, 'errors');
    if (m instanceof Promise) {
      void m.then(() => this.host.requestUpdate());
      return nothing;
    }
    return html`<div class="error">${renderError(error, m as Catalogue['errors'], 'featuredModels', [this.host.campaignId], () => void this.load())}</div>`;
  }
}
