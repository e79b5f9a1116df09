/**
 * The one message protocol between content scripts, the background and extension pages.
 * Every request is parsed by its zod schema where it arrives; every reply is
 * `{ ok: true, value } | { ok: false, error }`, because thrown errors do not cross messages.
 */
import { z } from './zod';
import { browser } from 'wxt/browser';
import { actorSchema, claimSchema, relationKindSchema, actorKindSchema } from './kb/schema';
import { levelSchema, type Level } from './settings';
import { sourcingGradeSchema } from './sourcing/types';
import type { KbSearchResult } from './kb/search';
import type { ImportResult } from './kb/import';
import type { EditableRecord, SaveResult } from './kb/user-edits';

const actorLabelSchema = z.object({
  id: z.string(),
  kind: actorKindSchema,
  name: z.string(),
  zh: z.string().optional(),
});

const mentionSchema = z.object({
  actorId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  alias: z.string(),
});

/** What the background finds in an article's text. */
export const pageAnalysisSchema = z.object({
  mentions: z.array(mentionSchema),
  actors: z.record(z.string(), actorLabelSchema),
  /** The outlet actor that publishes on this page's host, if known. */
  pageOutlet: z.string().optional(),
});
export type PageAnalysis = z.infer<typeof pageAnalysisSchema>;

/** Everything a hover card shows about one actor. */
export const actorCardSchema = z.object({
  actor: actorSchema,
  relations: z.array(
    z.object({
      kind: relationKindSchema,
      since: z.string().optional(),
      until: z.string().optional(),
      note: z.string().optional(),
      /** true when the relation is stored on the other actor and points here. */
      inverse: z.boolean(),
      other: actorLabelSchema,
    }),
  ),
  /** Claims about the actor, newest event first, each with its computed sourcing grade. */
  claims: z.array(z.object({ claim: claimSchema, grade: sourcingGradeSchema })),
  /** Display names of the outlets the claims' sources name by actor id ("wsj" -> "The Wall Street Journal"). */
  outletNames: z.record(z.string(), z.string()),
});
export type ActorCardData = z.infer<typeof actorCardSchema>;

/** What was found in one tab: the documented read-out for extension pages and tests. */
export const findingsSchema = z.object({
  url: z.string(),
  title: z.string(),
  isArticle: z.boolean(),
  /** Why the page was (or was not) taken for an article. */
  signals: z.array(z.string()),
  level: levelSchema,
  mentions: z.array(
    z.object({
      actorId: z.string(),
      name: z.string(),
      text: z.string(),
      start: z.number(),
      end: z.number(),
    }),
  ),
});
export type Findings = z.infer<typeof findingsSchema>;

const kbTableSchema = z.enum(['actors', 'claims']);

export const requestSchemas = {
  /** Content script → background: match an article's text. */
  'page.analyze': z.object({
    text: z.string().max(20_000_000),
    host: z.string(),
  }),
  /** Any context → background: the card for one actor. */
  'kb.actorCard': z.object({ id: z.string() }),
  /** Content script → background: what this tab shows now (sender's tab). */
  'findings.report': findingsSchema,
  /** Extension page → background: what was found in a tab. */
  'tab.findings': z.object({ tabId: z.number().int() }),
  /** Content script → background: inject the card's code into the sender's frame, once. */
  'ui.injectCard': z.object({}),
  /** Page prefilter → background: this page may be an article; inject the annotator. */
  'ui.injectAnnotator': z.object({}),
  /**
   * Annotator → background: the level in force on a host. The background reads and checks the
   * settings, so the script in every article page carries no schema.
   */
  'settings.level': z.object({ host: z.string() }),
  /** Knowledge-base page → background: actors (by name or alias) and claims (by wording) matching a query. */
  'kb.search': z.object({
    query: z.string().max(200),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  /** Knowledge-base page → background: one record with its origin, for the editor. */
  'kb.getRecord': z.object({ table: kbTableSchema, id: z.string() }),
  /**
   * Knowledge-base page → background: import a dataset file's text. The bound is twice the file limit
   * (lib/kb/dataset-file), so an oversized file still reaches the importer and gets its own
   * clear message, while nothing absurd crosses the message channel.
   */
  'kb.importDataset': z.object({ text: z.string().max(40 * 1024 * 1024) }),
  /** Knowledge-base page → background: the knowledge base (or the user's part of it) as dataset JSON. */
  'kb.export': z.object({ scope: z.enum(['all', 'mine']) }),
  /** Knowledge-base page → background: create or edit an actor (edits of bundled ones survive updates). */
  'kb.saveActor': z.object({ actor: actorSchema }),
  /** Knowledge-base page → background: create or edit a claim. */
  'kb.saveClaim': z.object({ claim: claimSchema }),
  /** Knowledge-base page → background: delete a record the user created or imported. */
  'kb.deleteRecord': z.object({ table: kbTableSchema, id: z.string() }),
} as const;

export interface Replies {
  'page.analyze': PageAnalysis;
  'kb.actorCard': ActorCardData | null;
  'findings.report': null;
  'tab.findings': Findings | null;
  'ui.injectCard': null;
  'ui.injectAnnotator': null;
  'settings.level': Level;
  'kb.search': KbSearchResult;
  'kb.getRecord': EditableRecord | null;
  'kb.importDataset': ImportResult;
  /** The dataset as pretty-printed JSON, ready to save as a file. */
  'kb.export': string;
  'kb.saveActor': SaveResult;
  'kb.saveClaim': SaveResult;
  'kb.deleteRecord': null;
}

export type MessageType = keyof typeof requestSchemas;
export type RequestOf<K extends MessageType> = z.input<(typeof requestSchemas)[K]>;
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageType]: (
    request: z.output<(typeof requestSchemas)[K]>,
    sender: MessageSender,
  ) => Promise<Replies[K]>;
};

const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(requestSchemas, type);
}

/** Checks and answers one raw message; exported so tests can drive the protocol without a browser. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: MessageSender,
): Promise<Reply<unknown>> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || !isMessageType(envelope.data.type)) {
    return { ok: false, error: 'Unknown message' };
  }
  const type = envelope.data.type;
  const request = requestSchemas[type].safeParse(envelope.data.payload);
  if (!request.success) {
    return { ok: false, error: `Malformed ${type} request: ${z.prettifyError(request.error)}` };
  }
  try {
    const handler = handlers[type] as (req: unknown, sender: MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(request.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the background's handlers: the only place messages are answered. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const from: MessageSender = {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.tab?.url ?? sender.url,
    };
    return dispatch(handlers, raw, from);
  });
}
