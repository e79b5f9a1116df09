import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '@/content/controller';
import { runAnnotatorOnce } from '@/content/annotator-slot';

export default defineUnlistedScript(() =>
  runAnnotatorOnce(() => runContentScript(new ContentScriptContext('annotator'))),
);
