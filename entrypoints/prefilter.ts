import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runBootstrap } from '@/content/bootstrap';

export default defineUnlistedScript(() => runBootstrap());
