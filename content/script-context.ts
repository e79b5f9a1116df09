/**
 * The annotator's script contexts. WXT's context would announce each start to the page's window
 * with a message naming the extension's id, which any script of the page can hear; RegLens's
 * contexts tell only each other, through the event on the document that WXT sends as well.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export function quietContext(name: string): ContentScriptContext {
  return new ContentScriptContext(name, { noScriptStartedPostMessage: true });
}
