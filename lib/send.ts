/**
 * Sending side of the protocol in lib/messaging.ts. It takes only types from there, so the
 * script that runs on every page carries no schemas: requests are checked where they arrive.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Replies, Reply, RequestOf } from './messaging';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a request to the background and unwraps its reply, throwing MessageError on failure. */
export async function send<K extends MessageType>(
  type: K,
  payload: RequestOf<K>,
): Promise<Replies[K]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    Reply<Replies[K]> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
