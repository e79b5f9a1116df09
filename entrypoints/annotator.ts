import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotateChangingPage } from '@/content/page-watch';

export default defineUnlistedScript(() =>
  annotateChangingPage(new ContentScriptContext('annotator')),
);
