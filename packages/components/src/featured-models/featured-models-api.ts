import type { Ask } from '../shared/api-loader.js';
import { ListLoader } from '../shared/list-loader.js';
import type { Ids } from '../shared/errors.js';
import type { FeaturedModels, FeaturedModelsLoad } from './featured-models.js';
import type { ModelsModel } from './featured-models-view.js';

/*
 * `<featured-models>` with data from the API: a campaign's (or a round's)
 * featured models, public (`client.featuredModels.list`). The field filter
 * applies to what came, so changing it asks nothing. A chunk of its own,
 * loaded unless the element is given `.data`.
 */

interface Loaded extends FeaturedModelsLoad {
  /** The client's API root, which the photos' paths are below. */
  base: string;
}

export class FeaturedModelsLoader extends ListLoader<Loaded, FeaturedModels> {
  protected readonly subject = 'featuredModels';

  protected subjectIds(): Ids {
    return [this.host.campaignId];
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
    const loaded = this.loaded();
    return loaded ? { items: loaded.items, photoBase: loaded.base, busy: this.state.status === 'loading' } : undefined;
  }
}
