/**
 * What the analysers read from the knowledge base, built once and kept until the next write:
 * the actors, the name matcher, and whatever each analyser derives for itself (a claim matcher,
 * compiled cue lists). IndexedDB lives in the extension's origin, so all of it lives here.
 */
import type { Actor, Claim } from '../kb/schema';
import type { RegLensDb } from '../kb/db';
import { gradeWithNames, loadActors, loadClaims } from '../kb/queries';
import type { ClaimLabel } from '../kb/types';
import { createClaimMatcher, type ClaimMatcher } from '../match/claims';
import { createMatcher, type Matcher } from '../match';
import { snippetHosts } from '../kb/snippet-store';

export interface Knowledge {
  /** The database, for what is read fresh on every request (saved snippets). */
  db: RegLensDb;
  actors(): Promise<ReadonlyMap<string, Actor>>;
  claims(): Promise<readonly Claim[]>;
  nameMatcher(): Promise<Matcher>;
  /** The matcher for sentences that retell the claims. */
  claimMatcher(): Promise<ClaimMatcher>;
  /** The hosts saved snippets are found under (snippet-store.ts), kept until forgetSnippets(). */
  snippetHosts(): Promise<ReadonlySet<string>>;
  /** A snippet was written: the next request reads the hosts again. */
  forgetSnippets(): void;
  /** Each claim's label with its grade, by id: grades read the whole knowledge base. */
  claimLabels(): Promise<ReadonlyMap<string, ClaimLabel>>;
  /**
   * Something an analyser builds from the knowledge base, built on first use and kept until the
   * knowledge base changes. `key` must be unique to the analyser that asks.
   */
  derived<T>(key: string, build: (knowledge: Knowledge) => Promise<T>): Promise<T>;
  /** Forgets everything built: the next request reads the database again. */
  invalidate(): void;
}

const SNIPPET_HOSTS = 'snippet-hosts';

export function createKnowledge(db: RegLensDb, ready: () => Promise<void>): Knowledge {
  let cache = new Map<string, Promise<unknown>>();

  const knowledge: Knowledge = {
    db,
    derived<T>(key: string, build: (knowledge: Knowledge) => Promise<T>): Promise<T> {
      const cached = cache.get(key);
      if (cached) return cached as Promise<T>;
      const owner = cache;
      const building = (async () => {
        await ready();
        return build(knowledge);
      })();
      owner.set(key, building);
      // A failed build is not kept: the next request tries again.
      building.catch(() => {
        if (owner.get(key) === building) owner.delete(key);
      });
      return building;
    },
    actors: () =>
      knowledge.derived('actors', async () => {
        const actors = await loadActors(db);
        return new Map(actors.map((actor) => [actor.id, actor]));
      }),
    claims: () => knowledge.derived('claims', () => loadClaims(db)),
    nameMatcher: () =>
      knowledge.derived('name-matcher', async (k) =>
        createMatcher([...(await k.actors()).values()]),
      ),
    snippetHosts: () => knowledge.derived(SNIPPET_HOSTS, () => snippetHosts(db)),
    forgetSnippets() {
      cache.delete(SNIPPET_HOSTS);
    },
    claimMatcher: () =>
      knowledge.derived('claim-matcher', async (k) => createClaimMatcher(await k.claims())),
    claimLabels: () =>
      knowledge.derived('claim-labels', async (k) => {
        const [claims, actors] = await Promise.all([k.claims(), k.actors()]);
        return new Map(
          claims.map((claim): [string, ClaimLabel] => [
            claim.id,
            { id: claim.id, statement: claim.statement, grade: gradeWithNames(claim, actors) },
          ]),
        );
      }),
    invalidate() {
      cache = new Map();
    },
  };
  return knowledge;
}
