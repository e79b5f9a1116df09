import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotateChangingPage } from '@/content/page-watch';
import { runAnnotatorOnce } from '@/content/annotator-slot';

export default defineUnlistedScript(() =>
  runAnnotatorOnce(() =>
    annotateChangingPage(
      new ContentScriptContext('annotator', { noScriptStartedPostMessage: true }),
    ),
  ),
);
