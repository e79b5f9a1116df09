/**
 * The background's work: it owns the knowledge base (IndexedDB lives in the extension's
 * origin, out of reach of pages) and the matcher built from it, and answers the protocol.
 */
import { browser } from 'wxt/browser';
import { hoverDelayOf, levelForHost, policyForHost } from '../settings';
import { createSettingsCache, type SettingsCache } from './settings-cache';
import { RequestError, type Handlers, type MessageSender } from '../messaging';
import { openDb, type RegLensDb } from '../kb/db';
import { seedDataset } from '../kb/seed';
import { getActorCard, getClaimCard } from '../kb/queries';
import { KnowledgeWriteError } from '../kb/write-error';
import { isStorageFull } from '../kb/storage-full';
import { t } from '../i18n';
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
import { createKnowledge } from './knowledge';
import { saveSnippet } from './save-snippet';
import {
  SnippetError,
  deleteSnippets,
  listSnippets,
  restoreSnippets,
  snippetsForPage,
  updateSnippet,
} from '../kb/snippet-store';
import { exportSnippets } from '../snippets/formats';
import {
  MAX_SNIPPET_FILE_BYTES,
  describeImport,
  parseSnippetFile,
  planImport,
} from '../snippets/import';
import { analyzeText } from './analyze';
import { createFrameWork } from './frame-work';
import {
  annotateTab,
  annotatorStart,
  neverAnnotateSender,
  neverAnnotatedFindings,
} from './site-control';
import { revealMark } from './page-commands';
import { displayName } from '../reader-language';

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
  /** The background's one copy of the reader's settings (startBackground shares it). */
  settings?: SettingsCache;
}): BackgroundService {
  const db = options.db ?? openDb();
  let seeding: Promise<void> | null = null;

  function seed(): Promise<void> {
    seeding ??= (async () => {
      for (const dataset of options.bundledDatasets) await seedDataset(db, dataset, 'bundled');
    })().catch((error: unknown) => {
      seeding = null;
      throw error;
    });
    return seeding;
  }

  const knowledge = createKnowledge(db, seed);
  const frameWork = createFrameWork();
  const settings = options.settings ?? createSettingsCache();

  /**
   * Runs a write to the knowledge base after seeding, then drops what the analysers built so the
   * next page analysis reads what the database holds now (also after a failed write: it costs one
   * rebuild and never leaves a stale matcher). A refused write answers with its problems.
   */
  async function write<T>(run: () => Promise<T>): Promise<T> {
    await seed();
    try {
      return await run();
    } catch (error) {
      if (error instanceof KnowledgeWriteError) {
        throw new RequestError(
          'invalid-input',
          'The knowledge base refused the change',
          error.problems,
        );
      }
      throw storageFullOr(error);
    } finally {
      knowledge.invalidate();
    }
  }

  /** A snippet write the schema refused answers with its problems, named by path. */
  async function snippetWrite<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof SnippetError) {
        throw new RequestError('invalid-input', 'The snippet was not saved', error.problems);
      }
      throw storageFullOr(error);
    } finally {
      // Also after a failed write: a rolled-back one costs a re-read, never a snippet unseen.
      knowledge.forgetSnippets();
    }
  }

  /**
   * A write that found the disk full was rolled back whole by its transaction; the reader is
   * told so in words the library and the editors show as they are.
   */
  function storageFullOr(error: unknown): unknown {
    return isStorageFull(error) ? new RequestError('storage-full', t('guard.storageFull')) : error;
  }

  /**
   * What the tabs showing `url` reported of its snippets: each one's state, and the page's
   * canonical address, so snippets saved under it are listed too.
   */
  async function snippetStatesFor(url: string) {
    const byId = new Map<string, 'anchored' | 'not-found'>();
    const canonical: string[] = [];
    const tabs = await browser.tabs.query({}).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || !tab.url || !sameDocument(tab.url, url)) continue;
      const findings = await readFindings(tab.id);
      if (!findings || !sameDocument(findings.url, url)) continue;
      if (findings.canonicalUrl) canonical.push(findings.canonicalUrl);
      for (const found of findings.snippets) {
        if (byId.get(found.snippetId) !== 'anchored') byId.set(found.snippetId, found.state);
      }
    }
    return { byId, canonical };
  }

  const handlers: Handlers = {
    async 'page.analyze'({ text, host, layers, urls }, sender) {
      return frameWork.run(sender, (signal) =>
        analyzeText({ text, host, ...(urls ? { urls } : {}) }, layers, knowledge, signal),
      );
    },
    async 'snippets.save'(capture) {
      await seed();
      return snippetWrite(() => saveSnippet(knowledge, capture));
    },
    async 'snippets.update'({ id, note, tags }) {
      return snippetWrite(() => updateSnippet(db, id, { note, tags }));
    },
    async 'snippets.list'({ url }) {
      if (url === undefined) return listSnippets(db);
      const states = await snippetStatesFor(url);
      const saved = await snippetsForPage(db, [url, ...states.canonical]);
      return saved.map((snippet) => {
        const state = states.byId.get(snippet.id);
        return state ? { ...snippet, state } : snippet;
      });
    },
    async 'snippets.delete'({ ids }) {
      return snippetWrite(() => deleteSnippets(db, ids));
    },
    async 'snippets.restore'({ snippets }) {
      return snippetWrite(() => restoreSnippets(db, snippets));
    },
    async 'snippets.export'({ format, ids }) {
      await seed();
      const all = await listSnippets(db);
      const wanted = ids ? new Set(ids) : null;
      const chosen = wanted ? all.filter((snippet) => wanted.has(snippet.id)) : all;
      const [actors, claims] = await Promise.all([knowledge.actors(), knowledge.claims()]);
      const statements = new Map(claims.map((claim) => [claim.id, claim.statement]));
      return exportSnippets(format, chosen, {
        actorName: (id) => actors.get(id)?.names.en,
        claimStatement: (id) => statements.get(id),
        exportedAt: new Date().toISOString(),
      });
    },
    async 'snippets.import'({ text }) {
      const parsed = parseSnippetFile(text, { maxBytes: MAX_SNIPPET_FILE_BYTES });
      if (!parsed.ok) {
        throw new RequestError('invalid-input', 'The file was not imported', parsed.problems);
      }
      const existing = new Map((await listSnippets(db)).map((snippet) => [snippet.id, snippet]));
      const plan = planImport(existing, parsed.snippets);
      await snippetWrite(() => restoreSnippets(db, plan.add));
      return { added: plan.add.length, skipped: plan.skip, summary: describeImport(plan) };
    },
    async 'kb.actorCard'({ id }) {
      await seed();
      return getActorCard(db, id);
    },
    async 'kb.names'() {
      const [actors, claims] = await Promise.all([knowledge.actors(), knowledge.claims()]);
      return {
        // Shown to the reader (the library's filters): in the reader's language first.
        actors: Object.fromEntries([...actors.values()].map((a) => [a.id, displayName(a.names)])),
        claims: Object.fromEntries(claims.map((c) => [c.id, c.statement])),
      };
    },
    async 'kb.outletCard'({ host }) {
      const outlet = (await knowledge.nameMatcher()).outletForHost(host);
      return outlet === undefined ? null : getActorCard(db, outlet);
    },
    async 'kb.claimCard'({ id }) {
      await seed();
      return getClaimCard(db, id);
    },
    async 'findings.report'(findings, sender) {
      if (sender.tabId === undefined) throw new Error('Findings come from tabs only');
      // The tab's read-out is its page's: an article in a frame is marked but not reported over it.
      if ((sender.frameId ?? 0) !== 0) return null;
      await saveFindings(sender.tabId, findings);
      return null;
    },
    async 'tab.findings'({ tabId }) {
      const findings = await readFindings(tabId);
      // Pages the prefilter rules out report nothing, so what is stored may be the tab's previous page.
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (findings !== null && (tab?.url === undefined || sameDocument(tab.url, findings.url))) {
        return findings;
      }
      // Nothing runs on a site the reader never wants annotated: the read-out says so for it.
      return tab ? neverAnnotatedFindings(await settings.current(), tab) : null;
    },
    async 'ui.injectCard'(_request, sender) {
      await injectInto(sender, '/card-ui.js');
      return null;
    },
    async 'settings.level'({ host }) {
      return levelForHost(await settings.current(), host);
    },
    async 'settings.hoverDelay'() {
      return hoverDelayOf(await settings.current());
    },
    async 'page.reveal'({ tabId, ...mark }) {
      return revealMark(tabId, mark);
    },
    async 'ui.injectAnnotator'(_request, sender) {
      const { inject, start } = await annotatorStart(sender.url, settings.current);
      if (!inject) return null;
      // Answered while the annotator is injected, not after: the answer then waits for the
      // annotator in its world instead of the annotator waiting for the answer.
      injectInto(sender, '/annotator.js').catch((error: unknown) =>
        console.warn('RegLens could not inject its annotator:', error),
      );
      return start;
    },
    async 'settings.sitePolicy'({ host }) {
      return policyForHost(await settings.current(), host);
    },
    async 'page.annotate'({ tabId, scope }) {
      return annotateTab(tabId, scope);
    },
    async 'site.neverAnnotate'(_request, sender) {
      return neverAnnotateSender(sender.url);
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
      if (!outcome.ok) {
        throw new RequestError('invalid-input', 'The file was not imported', outcome.errors);
      }
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
