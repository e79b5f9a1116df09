/** Names: every known actor in the text, with the labels the page shows for them. */
import type { ActorLabel, Mention } from '../../kb/types';
import { labelOf } from '../../kb/queries';
import type { Analyzer } from './types';

export interface NamesAnalysis {
  mentions: Mention[];
  /** A label for every actor mentioned, by id. */
  actors: Record<string, ActorLabel>;
  /** The outlet actor that publishes on this page's host, if known. */
  pageOutlet?: string;
}

export const namesAnalyzer: Analyzer<NamesAnalysis> = {
  async analyze({ host }, { knowledge, mentions: found }) {
    const [matcher, actors, mentions] = await Promise.all([
      knowledge.nameMatcher(),
      knowledge.actors(),
      found(),
    ]);
    const pageOutlet = matcher.outletForHost(host);
    // On an outlet's own site its name stands in every byline, dateline and copyright line:
    // marking it there says nothing, and its card is one click away in the popup and side panel.
    const shown = mentions.filter((mention) => mention.actorId !== pageOutlet);
    const labels: Record<string, ActorLabel> = {};
    for (const mention of shown) {
      const actor = actors.get(mention.actorId);
      if (actor && !labels[actor.id]) labels[actor.id] = labelOf(actor);
    }
    const analysis: NamesAnalysis = { mentions: shown, actors: labels };
    if (pageOutlet !== undefined) analysis.pageOutlet = pageOutlet;
    return analysis;
  },
};
