/**
 * Sending side of the protocol in lib/messaging.ts. It takes only types from there, so the
 * script that runs on every page carries no schemas: requests are checked where they arrive.
 */
import type { MessageType, Replies, Reply, RequestOf } from './messaging';

export class MessageError extends Error {
  override name = 'MessageError';
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
  if (!api) throw new MessageError('The extension is not available in this context');
  return api;
}

/** Sends a request to the background and unwraps its reply, throwing MessageError on failure. */
export async function send<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Replies[K]> {
  const reply = (await runtime().sendMessage({ type, payload })) as Reply<Replies[K]> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
