import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/lib/background';
import { readerLanguage } from '@/lib/reader-language';
import { setZodLanguage } from '@/lib/zod';

export default defineBackground(() => {
  setZodLanguage(readerLanguage());
  startBackground();
});
