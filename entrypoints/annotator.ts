import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '@/content/controller';

export default defineUnlistedScript(() => runContentScript(new ContentScriptContext('annotator')));
