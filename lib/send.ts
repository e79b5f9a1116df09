/**
 * Sending side of the protocol in lib/messaging.ts. It takes only types from there, so the
 * script that runs on every page carries no schemas: requests are checked where they arrive.
 */
import type { ErrorCode, MessageType, Replies, Reply, RequestOf } from './messaging';

/** A refused or failed request, with the background's code and the problems it named. */
export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    message: string,
    readonly code: ErrorCode | 'unavailable' = 'failed',
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

type ExtensionGlobals = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

/**
 * The extension's runtime API, looked up when a message is sent and not when the script loads:
 * the first touch of the API builds its bindings in the page's isolated world, a cost that pages
 * the prefilter rules out never pay. Firefox has `browser`; Chrome `chrome` (and `browser` lately).
 */
function runtime(): Runtime {
  const globals = globalThis as ExtensionGlobals;
  const api = globals.browser?.runtime?.id ? globals.browser.runtime : globals.chrome?.runtime;
  if (!api) throw new MessageError('The extension is not available in this context', 'unavailable');
  return api;
}

/** Sends a request to the background and unwraps its reply, throwing MessageError on failure. */
export async function send<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Replies[K]> {
  const reply = (await runtime().sendMessage({ type, payload })) as Reply<Replies[K]> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`, 'unavailable');
  if (!reply.ok)
    throw new MessageError(reply.error.message, reply.error.code, reply.error.problems);
  return reply.value;
}

/**
 * What to show a person for a failed request: each problem the background named (an import's
 * paths and lines, a refused record's fields), or the error's message when it named none.
 */
export function problemsOf(error: unknown): string[] {
  if (error instanceof MessageError && error.problems.length > 0) return [...error.problems];
  return [error instanceof Error ? error.message : String(error)];
}
