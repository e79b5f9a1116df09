/** "Annotate this page" from an extension page: asks the background, and says how it went. */
import { MessageError, send } from './send';
import type { AnnotateOutcome, PageScope } from './site-policy';

export async function annotateTab(
  tabId: number | undefined,
  scope: PageScope,
): Promise<AnnotateOutcome> {
  if (tabId === undefined) return 'failed';
  try {
    await send('page.annotate', { tabId, scope });
    return 'annotated';
  } catch (error) {
    // The background refuses a selection request with invalid-input when nothing is selected.
    if (scope === 'selection' && error instanceof MessageError && error.code === 'invalid-input') {
      return 'no-selection';
    }
    console.warn('RegLens could not annotate the page:', error);
    return 'failed';
  }
}
