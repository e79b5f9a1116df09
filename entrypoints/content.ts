import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '@/layers/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: runContentScript,
});
