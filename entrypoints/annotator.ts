import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { annotateChangingPage } from '@/content/page-watch';
import { runAnnotatorOnce } from '@/content/annotator-slot';
import { quietContext } from '@/content/script-context';

export default defineUnlistedScript(() =>
  runAnnotatorOnce(() => annotateChangingPage(quietContext('annotator'))),
);
