import { defineContentScript } from 'wxt/utils/define-content-script';
import { runBootstrap } from '@/layers/bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main: () => runBootstrap(),
});
