/**
 * The one message protocol between content scripts, the background and extension pages.
 *
 * Each message names the contexts that may send it, and its request schema. The background checks
 * both where a message arrives, and answers `{ ok: true, value } | { ok: false, error }` with a
 * structured error (a code, a message, and the problems found, for imports), because thrown
 * errors do not cross messages.
 */
import { z } from './zod';
import { browser } from 'wxt/browser';
import { actorSchema, claimSchema } from './kb/schema';
import { foundMentionSchema, type ActorCardData, type ClaimCardData } from './kb/types';
import { levelSchema, type Level } from './settings';
import type { PageScope, PageStart, SitePolicy } from './site-policy';
import { layerIds, type Analyses } from './background/analyzers';
import { ATTRIBUTION_KINDS } from './match/attribution';
import { sourcingGradeSchema } from './sourcing/types';
import {
  citationSchema,
  positionSelectorSchema,
  quoteSelectorSchema,
  snippetEditSchema,
  snippetSchema,
  type Snippet,
} from './snippets/schema';
import { EXPORT_FORMAT_IDS } from './snippets/formats';
import { MAX_SNIPPET_FILE_BYTES } from './snippets/import';
import type { KbSearchResult } from './kb/search';
import type { ImportResult } from './kb/import';
import type { EditableRecord, SaveResult } from './kb/user-edits';

/**
 * Who sends a message, as the browser proves it. `content-script` covers both scripts RegLens
 * runs in a page (the page script on every page and the annotator on articles): they share the
 * page's isolated world, and the browser tells the background nothing that separates them.
 * `extension-page` is the popup, the side panel and the extension's own pages.
 */
export type SenderContext = 'content-script' | 'extension-page';

/** What was found in one tab: the documented read-out for extension pages and tests. */
export const findingsSchema = z.object({
  url: z.string(),
  title: z.string(),
  isArticle: z.boolean(),
  /** Why the page was (or was not) taken for an article. */
  signals: z.array(z.string()),
  level: levelSchema,
  /** The page's canonical address, where it names one (snippets are saved under it). */
  canonicalUrl: z.string().optional(),
  /** The names layer: every actor named, in reading order. */
  mentions: z.array(foundMentionSchema),
  /** The claims layer (level claims): each sentence that retells a known claim. */
  claims: z
    .array(
      z.object({
        claimId: z.string(),
        /** The sentence. */
        text: z.string(),
        start: z.number(),
        end: z.number(),
        /** The claim's grade: its level and both Admiralty axes. */
        grade: z.object({
          level: sourcingGradeSchema.shape.level,
          reliability: sourcingGradeSchema.shape.reliability,
          credibility: sourcingGradeSchema.shape.credibility,
        }),
      }),
    )
    .default([]),
  /**
   * The snippets layer: each snippet saved from this page, `anchored` where its quote stands now
   * (offsets into the passage text) or `not-found` on the page as it is now.
   */
  snippets: z
    .array(
      z.object({
        snippetId: z.string(),
        state: z.enum(['anchored', 'not-found']),
        /** The quote as saved. */
        text: z.string(),
        start: z.number().optional(),
        end: z.number().optional(),
      }),
    )
    .default([]),
  /** The attributions layer (level full): each sentence that says where it comes from. */
  attributions: z
    .array(
      z.object({
        kind: z.enum(ATTRIBUTION_KINDS),
        /** The sentence. */
        text: z.string(),
        start: z.number(),
        end: z.number(),
      }),
    )
    .default([]),
});
export type Findings = z.infer<typeof findingsSchema>;

/** A saved snippet, with its state on the tab showing its page when a page was asked for. */
export type ListedSnippet = Snippet & { state?: 'anchored' | 'not-found' };

const kbTableSchema = z.enum(['actors', 'claims']);

const pages = ['content-script'] as const;
const extensionPages = ['extension-page'] as const;
const anyone = ['content-script', 'extension-page'] as const;

export const protocol = {
  /**
   * The analyses a level needs, by layer id, for one passage's text: the annotator asks for its
   * page; extension pages may ask too (it reads the knowledge base and writes nothing).
   */
  'page.analyze': {
    from: anyone,
    request: z.object({
      text: z.string().max(20_000_000),
      host: z.string(),
      layers: z.array(z.enum(layerIds)).min(1),
      /** The page's addresses (where it is open, its canonical one): for its saved snippets. */
      urls: z.array(z.string().max(4096)).max(4).optional(),
    }),
  },
  /** The card for one actor: the page's hover card and the side panel. */
  'kb.actorCard': { from: anyone, request: z.object({ id: z.string() }) },
  /** The card of the outlet that publishes on a host, if it is a known outlet's: popup, side panel. */
  'kb.outletCard': { from: extensionPages, request: z.object({ host: z.string().max(255) }) },
  /** Display names of every actor and the statement of every claim, by id: the library's labels. */
  'kb.names': { from: extensionPages, request: z.object({}) },
  /** The card for one claim: the page's hover card, the side panel, an actor card's claim. */
  'kb.claimCard': { from: anyone, request: z.object({ id: z.string() }) },
  /** The annotator reports what its tab shows now (the sender's tab). */
  'findings.report': { from: pages, request: findingsSchema },
  /** What was found in a tab: the read-out. */
  'tab.findings': { from: extensionPages, request: z.object({ tabId: z.number().int() }) },
  /** The annotator asks for the card's code in its frame, once. */
  'ui.injectCard': { from: pages, request: z.object({}) },
  /** The page script found a page that may be an article: inject the annotator. */
  'ui.injectAnnotator': { from: pages, request: z.object({}) },
  /**
   * The level in force on a host. The background reads and checks the settings, so the script in
   * every article page carries no schema.
   */
  'settings.level': { from: anyone, request: z.object({ host: z.string() }) },
  /** What the reader chose for a host over article detection ("detect" where nothing). */
  'settings.sitePolicy': { from: anyone, request: z.object({ host: z.string() }) },
  /**
   * "Annotate this page" from the popup: the tab's page is annotated once, whatever detection
   * said, taking the whole body or the block of the reader's selection as the article.
   */
  'page.annotate': {
    from: extensionPages,
    request: z.object({ tabId: z.number().int(), scope: z.enum(['page', 'selection']) }),
  },
  /**
   * "Not an article? Never annotate this site" on a card: the sender's own site only (its host
   * is read from the sender, never from the request), so a page can at most switch itself off.
   */
  'site.neverAnnotate': { from: pages, request: z.object({}) },
  /** The reader's hover delay in ms, for the annotator's cards (lib/hover-delay.ts). */
  'settings.hoverDelay': { from: anyone, request: z.object({}) },
  /**
   * The side panel's outline chose an entry: the tab's annotator scrolls to the layer's mark
   * within [start, end) of the findings, flashes it and opens its card. Answers whether it did.
   */
  'page.reveal': {
    from: extensionPages,
    request: z.object({
      tabId: z.number().int(),
      layer: z.enum(layerIds),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
  },
  /** Actors (by name or alias) and claims (by wording) matching a query. */
  'kb.search': {
    from: extensionPages,
    request: z.object({
      query: z.string().max(200),
      limit: z.number().int().min(1).max(100).default(20),
    }),
  },
  /** One record with its origin, for the editor. */
  'kb.getRecord': {
    from: extensionPages,
    request: z.object({ table: kbTableSchema, id: z.string() }),
  },
  /**
   * Import a dataset file's text. The bound is twice the file limit (lib/kb/dataset-file), so an
   * oversized file still reaches the importer and gets its own clear message, while nothing
   * absurd crosses the message channel.
   */
  'kb.importDataset': {
    from: extensionPages,
    request: z.object({ text: z.string().max(40 * 1024 * 1024) }),
  },
  /** The knowledge base (or the user's part of it) as dataset JSON. */
  'kb.export': { from: extensionPages, request: z.object({ scope: z.enum(['all', 'mine']) }) },
  /** Save a passage the reader selected; the background adds what it knows of the quote. */
  'snippets.save': {
    from: pages,
    request: z.object({
      quote: quoteSelectorSchema,
      position: positionSelectorSchema.optional(),
      citation: citationSchema,
      note: snippetSchema.shape.note.optional(),
      tags: snippetSchema.shape.tags.optional(),
      claims: z.array(z.string()).max(500).optional(),
    }),
  },
  /** Change a snippet's note and tags: the form beside a fresh save, the library. */
  'snippets.update': {
    from: anyone,
    request: z.object({ id: z.string() }).extend(snippetEditSchema.shape),
  },
  /**
   * The saved snippets (all, or those of one page with their state on the tab showing it:
   * `anchored` or `not-found`): the read-out, the library and the side panel.
   */
  'snippets.list': {
    from: extensionPages,
    request: z.object({ url: z.string().max(4096).optional() }),
  },
  /** Delete snippets; the reply holds them, so the library can put them back. */
  'snippets.delete': {
    from: extensionPages,
    request: z.object({ ids: z.array(z.string()).min(1).max(100_000) }),
  },
  /** Put deleted snippets back (undo). */
  'snippets.restore': {
    from: extensionPages,
    request: z.object({ snippets: z.array(z.unknown()).max(100_000) }),
  },
  /** An export file's text, of the snippets named or of all. */
  'snippets.export': {
    from: extensionPages,
    request: z.object({
      format: z.enum(EXPORT_FORMAT_IDS),
      ids: z.array(z.string()).max(100_000).optional(),
    }),
  },
  /** Import a RegLens snippet file: checked whole first, duplicates skipped. */
  'snippets.import': {
    from: extensionPages,
    request: z.object({ text: z.string().max(2 * MAX_SNIPPET_FILE_BYTES) }),
  },
  /** Create or edit an actor (edits of bundled ones survive updates). */
  'kb.saveActor': { from: extensionPages, request: z.object({ actor: actorSchema }) },
  /** Create or edit a claim. */
  'kb.saveClaim': { from: extensionPages, request: z.object({ claim: claimSchema }) },
  /** Delete a record the user created or imported. */
  'kb.deleteRecord': {
    from: extensionPages,
    request: z.object({ table: kbTableSchema, id: z.string() }),
  },
} as const satisfies Record<string, { from: readonly SenderContext[]; request: z.ZodType }>;

export interface Replies {
  /** Each analysis asked for, under its layer id. */
  'page.analyze': Partial<Analyses>;
  'kb.actorCard': ActorCardData | null;
  'kb.claimCard': ClaimCardData | null;
  'kb.outletCard': ActorCardData | null;
  'kb.names': { actors: Record<string, string>; claims: Record<string, string> };
  'findings.report': null;
  'tab.findings': Findings | null;
  'ui.injectCard': null;
  /** The settings the injected annotator starts with; null when none was injected or no host. */
  'ui.injectAnnotator': PageStart | null;
  'settings.level': Level;
  'settings.sitePolicy': SitePolicy;
  /** What was taken as the article. */
  'page.annotate': { scope: PageScope };
  /** The host now never annotated. */
  'site.neverAnnotate': string;
  'settings.hoverDelay': number;
  'page.reveal': boolean;
  'kb.search': KbSearchResult;
  'kb.getRecord': EditableRecord | null;
  'kb.importDataset': ImportResult;
  /** The dataset as pretty-printed JSON, ready to save as a file. */
  'kb.export': string;
  'snippets.save': Snippet;
  'snippets.update': Snippet;
  'snippets.list': ListedSnippet[];
  'snippets.delete': Snippet[];
  'snippets.restore': number;
  'snippets.export': string;
  'snippets.import': { added: number; skipped: { id: string; reason: string }[]; summary: string };
  'kb.saveActor': SaveResult;
  'kb.saveClaim': SaveResult;
  'kb.deleteRecord': null;
}

export type MessageType = keyof typeof protocol;
export type RequestOf<K extends MessageType> = z.input<(typeof protocol)[K]['request']>;

/** Why a request failed, in a form a caller can act on without parsing the message. */
export type ErrorCode =
  | 'unknown-message'
  | 'malformed-request'
  | 'not-allowed'
  | 'invalid-input'
  /** The browser's storage quota is used up: the write was undone whole. */
  | 'storage-full'
  | 'failed';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
  /** Each problem found in the input, naming where it is (imports: path and line). */
  problems?: string[];
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** Thrown by a handler to answer with a specific code and the problems found. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: string[],
  ) {
    super(message);
  }
}

export interface MessageSender {
  /** Who sent the message; absent when the browser told nothing the background trusts. */
  context?: SenderContext;
  tabId?: number;
  frameId?: number;
  url?: string;
  /** The sending document, where the browser names it (Chromium): a reload is a new one. */
  documentId?: string;
}

export type Handlers = {
  [K in MessageType]: (
    request: z.output<(typeof protocol)[K]['request']>,
    sender: MessageSender,
  ) => Promise<Replies[K]>;
};

const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

const contextNames: Record<SenderContext, string> = {
  'content-script': 'a page',
  'extension-page': "the extension's pages",
};

function failure(code: ErrorCode, message: string, problems?: string[]): Reply<never> {
  return { ok: false, error: problems ? { code, message, problems } : { code, message } };
}

/** Checks and answers one raw message; exported so tests can drive the protocol without a browser. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: MessageSender,
): Promise<Reply<unknown>> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || !isMessageType(envelope.data.type)) {
    return failure('unknown-message', 'Unknown message');
  }
  const type = envelope.data.type;
  const { from, request: schema } = protocol[type];
  if (sender.context === undefined || !(from as readonly string[]).includes(sender.context)) {
    const allowed = from.map((context) => contextNames[context]).join(' or ');
    return failure(
      'not-allowed',
      `${type} is not allowed from this context: only ${allowed} may send it`,
    );
  }
  const request = schema.safeParse(envelope.data.payload);
  if (!request.success) {
    return failure(
      'malformed-request',
      `Malformed ${type} request: ${z.prettifyError(request.error)}`,
      request.error.issues.map(
        (issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`,
      ),
    );
  }
  try {
    const handler = handlers[type] as (req: unknown, sender: MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(request.data, sender) };
  } catch (error) {
    if (error instanceof RequestError) return failure(error.code, error.message, error.problems);
    return failure('failed', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Where a message comes from. Extension pages have the extension's own address (also when they
 * are open in a tab); anything else in a tab is a content script.
 */
export function senderContext(
  sender: { url?: string; tab?: unknown },
  extensionBase: string,
): SenderContext | undefined {
  if (sender.url?.startsWith(extensionBase)) return 'extension-page';
  if (sender.tab !== undefined) return 'content-script';
  return undefined;
}

/** Registers the background's handlers: the only place messages are answered. */
export function listen(handlers: Handlers): void {
  const extensionBase = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Messages from other extensions arrive on onMessageExternal, which RegLens does not listen to.
    if (sender.id !== browser.runtime.id) return undefined;
    const from: MessageSender = {
      context: senderContext(sender, extensionBase),
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.tab?.url ?? sender.url,
      ...(sender.documentId === undefined ? {} : { documentId: sender.documentId }),
    };
    return dispatch(handlers, raw, from);
  });
}
