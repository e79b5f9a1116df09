/**
 * The background's work: it owns the knowledge base (IndexedDB lives in the extension's
 * origin, out of reach of pages) and the matcher built from it, and answers the protocol.
 */
import { browser } from 'wxt/browser';
import { levelForHost } from '../settings';
import { loadSettings } from '../settings-store';
import type { Handlers, MessageSender, PageAnalysis } from '../messaging';
import type { Actor } from '../kb/schema';
import { openDb, type RegLensDb } from '../kb/db';
import { seedDataset } from '../kb/seed';
import { getActorCard, labelOf, loadActors } from '../kb/queries';
import { createMatcher, type Matcher } from '../match';
import { readFindings, saveFindings } from './findings-store';
import { searchKnowledge } from '../kb/search';
import { exportKnowledge } from '../kb/export';
import { importDataset } from '../kb/import';
import {
  deleteUserRecord,
  getEditableRecord,
  saveUserActor,
  saveUserClaim,
} from '../kb/user-edits';

/**
 * Runs one of the extension's scripts in the sender's frame, in the extension's isolated world,
 * beside the content script: the code for articles and for cards is only loaded where needed.
 */
async function injectInto(sender: MessageSender, file: '/card-ui.js' | '/annotator.js') {
  if (sender.tabId === undefined) throw new Error('Only pages can ask for scripts');
  await browser.scripting.executeScript({
    target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
}

/** Whether two addresses name the same document: only the fragment may differ. */
export function sameDocument(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/#.*$/s, '');
  return strip(a) === strip(b);
}

export interface BackgroundService {
  handlers: Handlers;
  /** Loads the bundled dataset when it is new or newer; safe to call on every start. */
  seed(): Promise<void>;
}

export function createBackgroundService(options: {
  bundledDatasets: readonly unknown[];
  db?: RegLensDb;
}): BackgroundService {
  const db = options.db ?? openDb();
  let seeding: Promise<void> | null = null;
  let knowledge: Promise<{ matcher: Matcher; actors: Map<string, Actor> }> | null = null;

  function seed(): Promise<void> {
    seeding ??= (async () => {
      for (const dataset of options.bundledDatasets) await seedDataset(db, dataset, 'bundled');
    })().catch((error: unknown) => {
      seeding = null;
      throw error;
    });
    return seeding;
  }

  function loadKnowledge() {
    knowledge ??= (async () => {
      await seed();
      const actors = await loadActors(db);
      return { matcher: createMatcher(actors), actors: new Map(actors.map((a) => [a.id, a])) };
    })().catch((error: unknown) => {
      knowledge = null;
      throw error;
    });
    return knowledge;
  }

  /**
   * Runs a write to the knowledge base after seeding, then drops the cached matcher so the next
   * page analysis is built from what the database holds now (also after a failed write: it
   * costs one rebuild and never leaves a stale matcher).
   */
  async function write<T>(run: () => Promise<T>): Promise<T> {
    await seed();
    try {
      return await run();
    } finally {
      knowledge = null;
    }
  }

  const handlers: Handlers = {
    async 'page.analyze'({ text, host }) {
      const { matcher, actors } = await loadKnowledge();
      const mentions = matcher.match(text, { host });
      const labels: PageAnalysis['actors'] = {};
      for (const mention of mentions) {
        const actor = actors.get(mention.actorId);
        if (actor && !labels[actor.id]) labels[actor.id] = labelOf(actor);
      }
      return { mentions, actors: labels, pageOutlet: matcher.outletForHost(host) };
    },
    async 'kb.actorCard'({ id }) {
      await seed();
      return getActorCard(db, id);
    },
    async 'findings.report'(findings, sender) {
      if (sender.tabId === undefined) throw new Error('Findings come from tabs only');
      await saveFindings(sender.tabId, findings);
      return null;
    },
    async 'tab.findings'({ tabId }) {
      const findings = await readFindings(tabId);
      if (findings === null) return null;
      // Pages the prefilter rules out report nothing, so what is stored may be the tab's previous page.
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab?.url === undefined || sameDocument(tab.url, findings.url) ? findings : null;
    },
    async 'ui.injectCard'(_request, sender) {
      await injectInto(sender, '/card-ui.js');
      return null;
    },
    async 'settings.level'({ host }) {
      return levelForHost(await loadSettings(), host);
    },
    async 'ui.injectAnnotator'(_request, sender) {
      await injectInto(sender, '/annotator.js');
      return null;
    },
    async 'kb.search'({ query, limit }) {
      await seed();
      return searchKnowledge(db, query, limit);
    },
    async 'kb.getRecord'({ table, id }) {
      await seed();
      return getEditableRecord(db, table, id);
    },
    async 'kb.importDataset'({ text }) {
      const outcome = await write(() => importDataset(db, text));
      // One problem per line: the knowledge-base page shows them as a list.
      if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
      return outcome.result;
    },
    async 'kb.export'({ scope }) {
      await seed();
      return `${JSON.stringify(await exportKnowledge(db, { scope }), null, 2)}\n`;
    },
    async 'kb.saveActor'({ actor }) {
      return write(() => saveUserActor(db, actor));
    },
    async 'kb.saveClaim'({ claim }) {
      return write(() => saveUserClaim(db, claim));
    },
    async 'kb.deleteRecord'({ table, id }) {
      await write(() => deleteUserRecord(db, table, id));
      return null;
    },
  };

  return { handlers, seed };
}
